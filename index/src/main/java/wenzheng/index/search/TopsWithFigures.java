package wenzheng.index.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;

/**
 * The best hits of a query and, from the same pass, the best of those among the clauses
 * stating a figure of the kinds asked: one search instead of a second that would look up
 * every term and score the same clauses again. Lucene's {@link MultiCollectorManager}
 * scores each clause once for both lists and skips only what neither can take, below the
 * lower of their thresholds.
 */
final class TopsWithFigures implements CollectorManager<Collector, TopsWithFigures.Tops> {

	private final MultiCollectorManager both;

	/**
	 * @param best how many of the best to keep
	 * @param stating how many of the best stating a figure to keep
	 * @param statingDocs the clauses stating a figure of the kinds asked, by index-wide
	 * number
	 */
	TopsWithFigures(int best, int stating, Bits statingDocs) {
		this.both = new MultiCollectorManager(new TopScoreDocCollectorManager(best, null, best),
				new Stating(new TopScoreDocCollectorManager(stating, null, stating), statingDocs));
	}

	/**
	 * @param best the best hits
	 * @param stating the best hits among the clauses stating a figure
	 */
	record Tops(TopDocs best, TopDocs stating) {

	}

	@Override
	public Collector newCollector() throws IOException {
		return this.both.newCollector();
	}

	@Override
	public Tops reduce(Collection<Collector> collectors) throws IOException {
		Object[] tops = this.both.reduce(collectors);
		return new Tops((TopDocs) tops[0], (TopDocs) tops[1]);
	}

	/**
	 * The best hits among the clauses stating a figure: the others are not collected.
	 */
	private record Stating(TopScoreDocCollectorManager top,
			Bits statingDocs) implements CollectorManager<Stating.Among, TopDocs> {

		@Override
		public Among newCollector() throws IOException {
			return new Among(this.top.newCollector());
		}

		@Override
		public TopDocs reduce(Collection<Among> collectors) throws IOException {
			return this.top.reduce(collectors.stream().map(Among::top).toList());
		}

		final class Among extends FilterCollector {

			Among(TopScoreDocCollector top) {
				super(top);
			}

			TopScoreDocCollector top() {
				return (TopScoreDocCollector) this.in;
			}

			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				int base = context.docBase;
				return new FilterLeafCollector(super.getLeafCollector(context)) {

					@Override
					public void collect(int doc) throws IOException {
						if (Stating.this.statingDocs.get(base + doc)) {
							this.in.collect(doc);
						}
					}

				};
			}

		}

	}

}
