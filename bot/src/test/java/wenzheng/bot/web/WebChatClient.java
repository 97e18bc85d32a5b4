package wenzheng.bot.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A web chat as tests drive it: conversations named by the test, each continued in the
 * session the server issued for its first question.
 */
public final class WebChatClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TestRestTemplate http;

	private final Map<String, String> issued = new ConcurrentHashMap<>();

	public WebChatClient(TestRestTemplate http) {
		this.http = http;
	}

	/**
	 * Asks in the conversation named {@code name}: its first question starts a session,
	 * later ones continue it.
	 */
	public Map<?, ?> ask(String question, String name) {
		ObjectNode body = JSON.createObjectNode().put("question", question).put("sessionId", this.issued.get(name));
		Map<?, ?> reply = this.http.postForObject("/api/ask", json(body.toString()), Map.class);
		if (reply != null && reply.get("sessionId") instanceof String id) {
			this.issued.put(name, id);
		}
		return reply;
	}

	/**
	 * The session the server issued to the conversation, or the name itself when it asked
	 * nothing yet (an id the server never issued).
	 */
	public String session(String name) {
		return this.issued.getOrDefault(name, name);
	}

	/**
	 * The session id a reply to {@code POST /api/ask} carries, if the body is such a
	 * reply.
	 */
	public static Optional<String> sessionOf(String responseBody) {
		try {
			return Optional.ofNullable(JSON.readTree(responseBody).path("sessionId").textValue());
		}
		catch (JsonProcessingException ex) {
			return Optional.empty();
		}
	}

	public static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
