-- wrk script: GET /actuator/health, the machine's ceiling for a request that does nothing.
-- Run from the project folder (bench/load.sh does).
done = dofile("bench/load/report.lua")
