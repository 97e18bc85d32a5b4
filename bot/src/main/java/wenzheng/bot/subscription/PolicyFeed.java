package wenzheng.bot.subscription;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;

/**
 * The Atom feed of the policies in force (RFC 4287), newest first, optionally only those
 * of a place and on a topic, matched as subscriptions are. Each entry has the document
 * title, issuer, date and first clauses, and links to the public page of the document.
 */
@Component
class PolicyFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final int ENTRIES = 50;

	private static final int FIRST_CLAUSES = 3;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final DocumentRepository documents;

	private final ClauseRepository clauses;

	private final TopicMatcher matcher;

	PolicyFeed(DocumentRepository documents, ClauseRepository clauses, TopicMatcher matcher) {
		this.documents = documents;
		this.clauses = clauses;
		this.matcher = matcher;
	}

	/**
	 * The feed as XML.
	 * @param baseUrl the app's address, for the links
	 * @param place a jurisdiction, or {@code null} for all
	 * @param topic a few words, or {@code null} for all
	 */
	String atom(String baseUrl, String place, String topic) {
		List<PolicyDocument> selected = this.documents.findAnswerable()
			.stream()
			.filter(document -> place == null || TopicMatcher.placeMatches(place, document.jurisdiction()))
			.sorted(Comparator.comparing(PolicyFeed::updated).reversed())
			.filter(document -> topic == null || this.matcher.topicMatches(topic,
					Publications.textOf(document, this.clauses.findByDocument(document.id()))))
			.limit(ENTRIES)
			.toList();
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, "title", "政策文件更新" + (place == null ? "" : " · " + place) + (topic == null ? "" : " · " + topic));
			text(xml, "id", baseUrl + "/feeds/policies.atom" + query(place, topic));
			link(xml, "self", baseUrl + "/feeds/policies.atom" + query(place, topic));
			text(xml, "updated", timestamp(
					selected.stream().map(PolicyFeed::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
			xml.writeStartElement("author");
			text(xml, "name", "政策问答");
			xml.writeEndElement();
			for (PolicyDocument document : selected) {
				entry(xml, baseUrl, document);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed", ex);
		}
	}

	private void entry(XMLStreamWriter xml, String baseUrl, PolicyDocument document) throws XMLStreamException {
		String page = baseUrl + "/public/document.html?id=" + URLEncoder.encode(document.id(), StandardCharsets.UTF_8);
		xml.writeStartElement("entry");
		text(xml, "title", document.title());
		text(xml, "id", page);
		link(xml, "alternate", page);
		text(xml, "updated", timestamp(updated(document)));
		xml.writeStartElement("author");
		text(xml, "name", document.metadata().issuer() == null ? "未注明发文机关" : document.metadata().issuer());
		xml.writeEndElement();
		if (document.jurisdiction() != null) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", document.jurisdiction());
		}
		String first = this.clauses.findByDocument(document.id())
			.stream()
			.limit(FIRST_CLAUSES)
			.map(Clause::text)
			.collect(Collectors.joining("\n"));
		text(xml, "summary", first);
		xml.writeEndElement();
	}

	/**
	 * The date a document speaks for: published, else written, else imported.
	 */
	static Instant updated(PolicyDocument document) {
		LocalDate date = document.metadata().publishedDate() != null ? document.metadata().publishedDate()
				: document.metadata().writtenDate();
		return date == null ? document.importedAt() : date.atStartOfDay(BEIJING).toInstant();
	}

	private static String query(String place, String topic) {
		StringBuilder query = new StringBuilder();
		if (place != null) {
			query.append("?place=").append(URLEncoder.encode(place, StandardCharsets.UTF_8));
		}
		if (topic != null) {
			query.append(query.isEmpty() ? "?" : "&")
				.append("q=")
				.append(URLEncoder.encode(topic, StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value == null ? "" : value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
