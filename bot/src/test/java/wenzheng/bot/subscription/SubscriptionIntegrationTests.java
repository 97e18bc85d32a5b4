package wenzheng.bot.subscription;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 政策找人 on the web and as personal data: the Atom feed parses, is newest first and filters
 * by place and topic; its links lead to the public page of a document in force;
 * subscriptions go with the retention rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubscriptionIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private SubscriptionRetention retention;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
		registry.add("wenzheng.retention.days", () -> "30");
	}

	@BeforeEach
	void loaded() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void theFeedIsValidAtomNewestFirst() throws Exception {
		ResponseEntity<byte[]> response = this.http.getForEntity("/feeds/policies.atom", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("application/atom+xml")))
			.isTrue();
		Document feed = parse(response.getBody());
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(PolicyFeed.ATOM);
		assertThat(child(root, "title")).isNotBlank();
		assertThat(child(root, "id")).isNotBlank();
		assertThat(child(root, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		List<Element> entries = entries(feed);
		assertThat(entries).hasSize(5);
		List<Instant> updated = new ArrayList<>();
		for (Element entry : entries) {
			assertThat(child(entry, "title")).isNotBlank();
			assertThat(child(entry, "id")).isNotBlank();
			assertThat(((Element) entry.getElementsByTagNameNS(PolicyFeed.ATOM, "author").item(0))
				.getElementsByTagNameNS(PolicyFeed.ATOM, "name")
				.item(0)
				.getTextContent()).isNotBlank();
			assertThat(child(entry, "summary")).isNotBlank();
			updated.add(Instant.parse(child(entry, "updated")));
		}
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void theFeedFiltersByPlaceAndTopic() throws Exception {
		List<Element> place = entries(feed("/feeds/policies.atom?place={place}", "洮北区"));
		assertThat(place).isNotEmpty()
			.hasSizeLessThan(5)
			.allSatisfy(entry -> assertThat(
					((Element) entry.getElementsByTagNameNS(PolicyFeed.ATOM, "category").item(0)).getAttribute("term"))
				.isEqualTo("洮北区"));
		assertThat(entries(feed("/feeds/policies.atom?q={q}", "行政处罚"))).isNotEmpty()
			.allSatisfy(entry -> assertThat(child(entry, "title")).isNotBlank());
		assertThat(entries(feed("/feeds/policies.atom?q={q}", "火箭发射"))).isEmpty();
		assertThat(entries(feed("/feeds/policies.atom?place={place}&q={q}", "四平市", "行政处罚")))
			.allSatisfy(entry -> assertThat(child(entry, "title")).contains("四平"));
		assertThat(this.http.getForEntity("/feeds/policies.atom?q={q}", String.class, "长".repeat(21)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anEntryLinksToThePublicPageOfItsDocument() throws Exception {
		Element entry = entries(feed("/feeds/policies.atom")).get(0);
		String href = ((Element) entry.getElementsByTagNameNS(PolicyFeed.ATOM, "link").item(0)).getAttribute("href");
		assertThat(href).contains("/public/document.html?id=");
		String path = href.substring(href.indexOf("/public/"));
		assertThat(this.http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		String id = java.net.URLDecoder.decode(href.substring(href.indexOf("id=") + 3), StandardCharsets.UTF_8);
		Map<?, ?> document = this.http.getForObject("/api/public/documents?id={id}", Map.class, id);
		assertThat(document.get("title")).isEqualTo(child(entry, "title"));
		assertThat((List<?>) document.get("items")).isNotEmpty();
		assertThat(
				this.http.getForEntity("/api/public/documents?id={id}", Map.class, "no/such-document").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void subscriptionsGoWithTheRetentionRule() {
		this.subscriptions.choosePlace(9001, "洮北区");
		this.subscriptions.subscribe(9001, "养老");
		this.jdbc.sql("insert into subscription (chat_id, place, topic, created_at) values (?, ?, ?, ?)")
			.params(9002, "洮北区", "公积金", Timestamp.from(Instant.now().minus(Duration.ofDays(31))))
			.update();
		assertThat(this.retention.purge()).isOne();
		assertThat(this.subscriptions.of(9002)).isEmpty();
		assertThat(this.subscriptions.of(9001)).hasSize(1);
	}

	private Document feed(String uri, Object... variables) throws Exception {
		return parse(this.http.getForObject(uri, byte[].class, variables));
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> entries(Document feed) {
		NodeList nodes = feed.getElementsByTagNameNS(PolicyFeed.ATOM, "entry");
		List<Element> entries = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			entries.add((Element) nodes.item(i));
		}
		return entries;
	}

	private static String child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(PolicyFeed.ATOM, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

}
