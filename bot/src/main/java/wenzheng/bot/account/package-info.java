/**
 * Staff accounts: hotline agents, knowledge editors and administrators, stored in the
 * database with hashed passwords; the first administrator comes from configuration.
 */
package wenzheng.bot.account;
