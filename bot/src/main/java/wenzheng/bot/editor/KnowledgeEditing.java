package wenzheng.bot.editor;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.subscription.PolicyNotices;
import wenzheng.index.analysis.Synonyms;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.synonym.SynonymRow;

/**
 * Edits the FAQ and the dictionary rows. After each change the knowledge base publishes a
 * new answerer, so the next question already uses it.
 */
@Service
public class KnowledgeEditing {

	private final FaqRepository faq;

	private final SynonymRepository synonyms;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	private final PolicyNotices notices;

	KnowledgeEditing(FaqRepository faq, SynonymRepository synonyms, KnowledgeBase knowledgeBase, PolicyNotices notices,
			Clock clock) {
		this.notices = notices;
		this.faq = faq;
		this.synonyms = synonyms;
		this.knowledgeBase = knowledgeBase;
		this.clock = clock;
	}

	public List<FaqEntry> faq(FaqStatus status) {
		return this.faq.findAll(status);
	}

	public FaqEntry faqEntry(long id) {
		return this.faq.find(id).orElseThrow(() -> new EditRejected("常见问题不存在：" + id));
	}

	/**
	 * Stores a new entry as a draft.
	 */
	@Transactional
	public FaqEntry createFaq(FaqEntry entry) {
		long id = this.faq.add(new FaqEntry(0, entry.question(), entry.phrasings(), entry.answer(),
				entry.jurisdiction(), FaqStatus.DRAFT), this.clock.instant());
		return faqEntry(id);
	}

	@Transactional
	public FaqEntry updateFaq(FaqEntry entry) {
		if (!this.faq.update(entry, this.clock.instant())) {
			throw new EditRejected("常见问题不存在：" + entry.id());
		}
		applied("faq", "修改常见问题 " + entry.id());
		return faqEntry(entry.id());
	}

	/**
	 * Publishes (the bot answers with it) or retires (it no longer does) an entry.
	 */
	@Transactional
	public FaqEntry setFaqStatus(long id, FaqStatus status) {
		if (!this.faq.setStatus(id, status, this.clock.instant())) {
			throw new EditRejected("常见问题不存在：" + id);
		}
		applied("faq", status + " 常见问题 " + id);
		FaqEntry entry = faqEntry(id);
		if (status == FaqStatus.PUBLISHED) {
			this.notices.faqPublished(entry);
		}
		return entry;
	}

	public Map<Long, SynonymRow> synonyms() {
		return this.synonyms.findAllById();
	}

	/**
	 * Adds a dictionary row after checking that the dictionary still reads with it.
	 */
	@Transactional
	public void addSynonym(SynonymRow row) {
		try {
			Synonyms.parse(List.of(row.line()));
		}
		catch (IllegalArgumentException ex) {
			throw new EditRejected("同义词条目无法使用：" + ex.getMessage());
		}
		this.synonyms.add(row, this.clock.instant());
		applied("synonym", "新增 " + row.line());
	}

	@Transactional
	public void deleteSynonym(long id) {
		if (!this.synonyms.delete(id)) {
			throw new EditRejected("同义词条目不存在：" + id);
		}
		applied("synonym", "删除 " + id);
	}

	private void applied(String kind, String detail) {
		if (this.knowledgeBase.isReady()) {
			this.knowledgeBase.changed(kind, detail);
		}
	}

}
