package wenzheng.bot.knowledgebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.index.build.ClauseIndex;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.change.KnowledgeChanges;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.DocumentVersions;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.vector.TextVectorRepository;

/**
 * Wires the plain-Java knowledge and index modules into the app.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	DocumentRepository documentRepository(JdbcClient jdbc) {
		return new DocumentRepository(jdbc);
	}

	@Bean
	ClauseRepository clauseRepository(JdbcClient jdbc, JdbcTemplate template) {
		return new ClauseRepository(jdbc, template);
	}

	@Bean
	TextVectorRepository textVectorRepository(JdbcClient jdbc, JdbcTemplate template) {
		return new TextVectorRepository(jdbc, template);
	}

	@Bean
	KnowledgeChanges knowledgeChanges(JdbcClient jdbc) {
		return new KnowledgeChanges(jdbc);
	}

	@Bean
	DocumentVersions documentVersions(JdbcClient jdbc) {
		return new DocumentVersions(jdbc);
	}

	@Bean
	SynonymRepository synonymRepository(JdbcClient jdbc) {
		return new SynonymRepository(jdbc);
	}

	@Bean
	FaqRepository faqRepository(JdbcClient jdbc) {
		return new FaqRepository(jdbc);
	}

	@Bean
	DocumentImporter documentImporter(DocumentRepository documents, ClauseRepository clauses,
			PlatformTransactionManager transactions, Clock clock) {
		return new DocumentImporter(documents, clauses, new TransactionTemplate(transactions), clock);
	}

	@Bean(destroyMethod = "close")
	ClauseIndex clauseIndex(KnowledgeBaseProperties properties) {
		try {
			Files.createDirectories(properties.indexDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the index folder " + properties.indexDir(), ex);
		}
		return new ClauseIndex(properties.indexDir());
	}

}
