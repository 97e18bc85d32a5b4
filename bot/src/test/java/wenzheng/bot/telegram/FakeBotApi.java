package wenzheng.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server for tests: it speaks getMe, getUpdates, deleteWebhook, setWebhook,
 * sendMessage and answerCallbackQuery over HTTP as Telegram does, hands out the updates a
 * test queues and records what the bot sends. Failures (429, 5xx, 403) can be scripted
 * per chat.
 */
public final class FakeBotApi implements AutoCloseable {

	public static final String TOKEN = "123456:TEST-TOKEN";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final Deque<ObjectNode> pending = new ArrayDeque<>();

	private final AtomicLong nextUpdateId = new AtomicLong(1000);

	private final AtomicInteger nextMessageId = new AtomicInteger(1);

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private final List<JsonNode> calls = new CopyOnWriteArrayList<>();

	private final Map<Long, Deque<Failure>> failures = new ConcurrentHashMap<>();

	public FakeBotApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Queues a private-chat text message and returns its update id.
	 */
	public long message(long chatId, String text) {
		ObjectNode message = baseMessage(chatId, "private");
		message.put("text", text);
		return queue("message", message);
	}

	long queueUpdate(String kind, ObjectNode payload) {
		return queue(kind, payload);
	}

	ObjectNode baseMessage(long chatId, String chatType) {
		ObjectNode message = JSON.createObjectNode();
		message.put("message_id", this.nextMessageId.getAndIncrement());
		message.put("date", Instant.now().getEpochSecond());
		message.putObject("chat").put("id", chatId).put("type", chatType);
		message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "市民");
		return message;
	}

	long buttonPress(long chatId, String data) {
		ObjectNode query = JSON.createObjectNode();
		query.put("id", "cb-" + this.nextUpdateId.get());
		query.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "市民");
		query.set("message", baseMessage(chatId, "private"));
		query.put("chat_instance", "ci-" + chatId);
		query.put("data", data);
		return queue("callback_query", query);
	}

	/**
	 * Queues a text message twice under one update id, in one batch, as Telegram may
	 * deliver an update again when its confirmation was lost.
	 */
	long messageTwice(long chatId, String text) {
		ObjectNode message = baseMessage(chatId, "private");
		message.put("text", text);
		ObjectNode update = update("message", message);
		synchronized (this.pending) {
			this.pending.addLast(update);
			this.pending.addLast(update.deepCopy());
			this.pending.notifyAll();
		}
		return update.path("update_id").asLong();
	}

	private long queue(String kind, ObjectNode payload) {
		ObjectNode update = update(kind, payload);
		synchronized (this.pending) {
			this.pending.addLast(update);
			this.pending.notifyAll();
		}
		return update.path("update_id").asLong();
	}

	private ObjectNode update(String kind, ObjectNode payload) {
		ObjectNode update = JSON.createObjectNode();
		update.put("update_id", this.nextUpdateId.getAndIncrement());
		update.set(kind, payload);
		return update;
	}

	/**
	 * The next sendMessage calls to the chat fail like this, in order.
	 */
	void failNext(long chatId, Failure... script) {
		this.failures.computeIfAbsent(chatId, key -> new ArrayDeque<>()).addAll(List.of(script));
	}

	public List<Sent> sent() {
		return List.copyOf(this.sent);
	}

	List<Sent> sentTo(long chatId) {
		return this.sent.stream().filter(message -> message.chatId() == chatId).toList();
	}

	List<JsonNode> calls(String method) {
		return this.calls.stream().filter(call -> call.path("_method").asText().equalsIgnoreCase(method)).toList();
	}

	/**
	 * Waits until the sent messages satisfy the condition.
	 */
	List<Sent> awaitSent(Predicate<List<Sent>> condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<Sent> now = sent();
			if (condition.test(now)) {
				return now;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("Timed out; sent so far: " + sent());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String prefix = "/bot" + TOKEN + "/";
		if (!path.startsWith(prefix)) {
			reply(exchange, 401,
					JSON.createObjectNode().put("ok", false).put("error_code", 401).put("description", "Unauthorized"));
			return;
		}
		// Method names are case-insensitive in the Bot API (telegrambots sends
		// "getupdates").
		String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
		JsonNode body;
		try (InputStream in = exchange.getRequestBody()) {
			byte[] bytes = in.readAllBytes();
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			body = contentType != null && contentType.startsWith("multipart/form-data") ? multipart(bytes, contentType)
					: bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
		}
		ObjectNode call = body.isObject() ? ((ObjectNode) body).deepCopy() : JSON.createObjectNode();
		call.put("_method", method);
		call.put("_at", System.nanoTime());
		this.calls.add(call);
		try {
			switch (method) {
				case "getme" -> ok(exchange,
						JSON.createObjectNode()
							.put("id", 42)
							.put("is_bot", true)
							.put("first_name", "政策问答")
							.put("username", "wenzheng_test_bot"));
				case "deletewebhook", "setwebhook", "answercallbackquery" ->
					ok(exchange, JSON.getNodeFactory().booleanNode(true));
				case "getupdates" ->
					ok(exchange, updates(body.path("offset").asLong(0), body.path("limit").asInt(100)));
				case "sendmessage" -> sendMessage(exchange, body);
				default -> reply(exchange, 404,
						JSON.createObjectNode()
							.put("ok", false)
							.put("error_code", 404)
							.put("description", "Not Found: method " + method));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The text fields of a multipart body (setWebhook is sent that way, for its optional
	 * certificate).
	 */
	private static ObjectNode multipart(byte[] bytes, String contentType) {
		String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
		ObjectNode fields = JSON.createObjectNode();
		for (String part : new String(bytes, StandardCharsets.UTF_8).split(Pattern.quote(boundary))) {
			Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part);
			int body = part.indexOf("\r\n\r\n");
			if (name.find() && body >= 0) {
				fields.put(name.group(1), part.substring(body + 4).strip());
			}
		}
		return fields;
	}

	/**
	 * As Telegram does: asking with an offset confirms the updates before it, and the
	 * others are delivered (again) until confirmed.
	 */
	private JsonNode updates(long offset, int limit) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMillis(200).toNanos();
		synchronized (this.pending) {
			this.pending.removeIf(update -> update.path("update_id").asLong() < offset);
			while (this.pending.isEmpty() && System.nanoTime() < deadline) {
				this.pending.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
			var batch = JSON.createArrayNode();
			for (ObjectNode update : this.pending) {
				if (batch.size() == limit) {
					break;
				}
				batch.add(update);
			}
			return batch;
		}
	}

	private void sendMessage(HttpExchange exchange, JsonNode body) throws IOException {
		long chatId = body.path("chat_id").asLong();
		Deque<Failure> script = this.failures.get(chatId);
		Failure failure = script == null ? null : script.pollFirst();
		if (failure != null) {
			ObjectNode error = JSON.createObjectNode()
				.put("ok", false)
				.put("error_code", failure.status())
				.put("description", failure.description());
			if (failure.retryAfter() > 0) {
				error.putObject("parameters").put("retry_after", failure.retryAfter());
			}
			reply(exchange, failure.status(), error);
			return;
		}
		this.sent.add(new Sent(chatId, body.path("text").asText(), body.path("parse_mode").asText(null),
				body.get("reply_markup"), System.nanoTime()));
		ObjectNode message = baseMessage(chatId, "private");
		message.put("text", body.path("text").asText());
		ok(exchange, message);
	}

	private static void ok(HttpExchange exchange, JsonNode result) throws IOException {
		ObjectNode response = JSON.createObjectNode().put("ok", true);
		response.set("result", result);
		reply(exchange, 200, response);
	}

	private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A message the bot sent.
	 */
	public record Sent(long chatId, String text, String parseMode, JsonNode replyMarkup, long atNanos) {

		List<String> buttons() {
			List<String> data = new ArrayList<>();
			if (this.replyMarkup != null) {
				this.replyMarkup.path("inline_keyboard")
					.forEach(row -> row.forEach(button -> data.add(button.path("callback_data").asText())));
			}
			return data;
		}

	}

	/**
	 * A scripted sendMessage failure.
	 */
	record Failure(int status, String description, int retryAfter) {

		static Failure tooManyRequests(int retryAfter) {
			return new Failure(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
		}

		static Failure serverError() {
			return new Failure(502, "Bad Gateway", 0);
		}

		static Failure blocked() {
			return new Failure(403, "Forbidden: bot was blocked by the user", 0);
		}

	}

}
