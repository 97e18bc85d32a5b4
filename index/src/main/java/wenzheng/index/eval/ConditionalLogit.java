package wenzheng.index.eval;

import java.util.List;

/**
 * A ranking model fitted by Newton's method: for each question, a softmax over its
 * candidates' linear scores, trained to put the probability on the right candidates
 * (McFadden's conditional logit). Only differences between candidates of one question
 * count, so features of the question alone cannot rank and are left to the confidence.
 */
final class ConditionalLogit {

	private static final int MAX_ITERATIONS = 50;

	private static final double TOLERANCE = 1e-9;

	private ConditionalLogit() {
	}

	/**
	 * @param groups each question's candidates, one feature row each
	 * @param right for each question, which candidates are right (at least one)
	 * @param lambda the L2 penalty
	 * @return one weight per feature
	 */
	static double[] fit(List<double[][]> groups, List<boolean[]> right, double lambda) {
		int d = groups.isEmpty() ? 0 : groups.get(0)[0].length;
		double[] w = new double[d];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] gradient = new double[d];
			double[][] hessian = new double[d][d];
			for (int q = 0; q < groups.size(); q++) {
				double[][] x = groups.get(q);
				boolean[] positive = right.get(q);
				double[] p = softmax(w, x);
				int positives = 0;
				for (boolean b : positive) {
					positives += b ? 1 : 0;
				}
				double[] mean = new double[d];
				for (int i = 0; i < x.length; i++) {
					double target = positive[i] ? 1.0 / positives : 0;
					for (int a = 0; a < d; a++) {
						gradient[a] += (p[i] - target) * x[i][a];
						mean[a] += p[i] * x[i][a];
					}
				}
				for (int i = 0; i < x.length; i++) {
					for (int a = 0; a < d; a++) {
						double da = x[i][a] - mean[a];
						for (int b = a; b < d; b++) {
							hessian[a][b] += p[i] * da * (x[i][b] - mean[b]);
						}
					}
				}
			}
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < a; b++) {
					hessian[a][b] = hessian[b][a];
				}
				gradient[a] += lambda * w[a];
				hessian[a][a] += lambda;
			}
			double[] step = LogisticRegression.solve(hessian, gradient);
			// Newton's step may overshoot far from the optimum: halve it until the loss
			// falls.
			double before = loss(w, groups, right, lambda);
			double scale = 1;
			double[] next = new double[d];
			for (int halving = 0; halving < 30; halving++) {
				for (int a = 0; a < d; a++) {
					next[a] = w[a] - scale * step[a];
				}
				if (loss(next, groups, right, lambda) <= before) {
					break;
				}
				scale /= 2;
			}
			double change = 0;
			for (int a = 0; a < d; a++) {
				change = Math.max(change, Math.abs(next[a] - w[a]));
				w[a] = next[a];
			}
			if (change < TOLERANCE) {
				break;
			}
		}
		return w;
	}

	private static double loss(double[] w, List<double[][]> groups, List<boolean[]> right, double lambda) {
		double loss = 0;
		for (int q = 0; q < groups.size(); q++) {
			double[] p = softmax(w, groups.get(q));
			boolean[] positive = right.get(q);
			int positives = 0;
			for (boolean b : positive) {
				positives += b ? 1 : 0;
			}
			for (int i = 0; i < p.length; i++) {
				if (positive[i]) {
					loss -= Math.log(Math.max(p[i], 1e-300)) / positives;
				}
			}
		}
		for (double weight : w) {
			loss += lambda / 2 * weight * weight;
		}
		return loss;
	}

	static double score(double[] w, double[] x) {
		double z = 0;
		for (int i = 0; i < w.length; i++) {
			z += w[i] * x[i];
		}
		return z;
	}

	private static double[] softmax(double[] w, double[][] x) {
		double[] z = new double[x.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < x.length; i++) {
			z[i] = score(w, x[i]);
			max = Math.max(max, z[i]);
		}
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			z[i] = Math.exp(z[i] - max);
			sum += z[i];
		}
		for (int i = 0; i < x.length; i++) {
			z[i] /= sum;
		}
		return z;
	}

}
