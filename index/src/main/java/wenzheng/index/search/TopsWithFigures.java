package wenzheng.index.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;

/**
 * The best hits of a query and, from the same pass, the best of those among the clauses
 * stating a figure of the kinds asked: one search instead of a second that would look up
 * every term and score the same clauses again. Clauses neither list can take are still
 * skipped, below the lower of the two lists' thresholds.
 */
final class TopsWithFigures implements CollectorManager<TopsWithFigures.Both, TopsWithFigures.Tops> {

	private final TopScoreDocCollectorManager best;

	private final TopScoreDocCollectorManager stating;

	private final Bits statingDocs;

	/**
	 * @param best how many of the best to keep
	 * @param stating how many of the best stating a figure to keep
	 * @param statingDocs the clauses stating a figure of the kinds asked, by index-wide
	 * number
	 */
	TopsWithFigures(int best, int stating, Bits statingDocs) {
		this.best = new TopScoreDocCollectorManager(best, null, best);
		this.stating = new TopScoreDocCollectorManager(stating, null, stating);
		this.statingDocs = statingDocs;
	}

	/**
	 * @param best the best hits
	 * @param stating the best hits among the clauses stating a figure
	 */
	record Tops(TopDocs best, TopDocs stating) {

	}

	@Override
	public Both newCollector() {
		return new Both(this.best.newCollector(), this.stating.newCollector());
	}

	@Override
	public Tops reduce(Collection<Both> collectors) throws IOException {
		return new Tops(this.best.reduce(collectors.stream().map(Both::best).toList()),
				this.stating.reduce(collectors.stream().map(Both::stating).toList()));
	}

	final class Both implements Collector {

		private final TopScoreDocCollector best;

		private final TopScoreDocCollector stating;

		private Both(TopScoreDocCollector best, TopScoreDocCollector stating) {
			this.best = best;
			this.stating = stating;
		}

		TopScoreDocCollector best() {
			return this.best;
		}

		TopScoreDocCollector stating() {
			return this.stating;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.TOP_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			LeafCollector best = this.best.getLeafCollector(context);
			LeafCollector stating = this.stating.getLeafCollector(context);
			int base = context.docBase;
			return new LeafCollector() {

				private SharedScorer scorer;

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					this.scorer = new SharedScorer(scorer);
					best.setScorer(this.scorer.forBest);
					stating.setScorer(this.scorer.forStating);
				}

				@Override
				public void collect(int doc) throws IOException {
					this.scorer.at(doc);
					best.collect(doc);
					if (TopsWithFigures.this.statingDocs.get(base + doc)) {
						stating.collect(doc);
					}
				}

				@Override
				public void finish() throws IOException {
					best.finish();
					stating.finish();
				}

			};
		}

	}

	/**
	 * One scorer seen by both lists: a clause is scored once, and the search may skip
	 * only what neither list would take.
	 */
	private static final class SharedScorer {

		private final Scorable scorer;

		private int doc = -1;

		private int scored = -1;

		private float score;

		/** The lowest score each list still takes: best, stating. */
		private final float[] minimums = new float[2];

		final Scorable forBest = new Side(0);

		final Scorable forStating = new Side(1);

		SharedScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		void at(int doc) {
			this.doc = doc;
		}

		float score() throws IOException {
			if (this.scored != this.doc) {
				this.score = this.scorer.score();
				this.scored = this.doc;
			}
			return this.score;
		}

		/**
		 * The scorer as one list sees it: it scores the clause at hand and tells the
		 * search the lowest score that list still takes.
		 */
		private final class Side extends Scorable {

			private final int list;

			Side(int list) {
				this.list = list;
			}

			@Override
			public float score() throws IOException {
				return SharedScorer.this.score();
			}

			@Override
			public void setMinCompetitiveScore(float minScore) throws IOException {
				float[] minimums = SharedScorer.this.minimums;
				minimums[this.list] = minScore;
				SharedScorer.this.scorer.setMinCompetitiveScore(Math.min(minimums[0], minimums[1]));
			}

		}

	}

}
