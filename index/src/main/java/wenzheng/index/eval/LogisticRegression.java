package wenzheng.index.eval;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted
 * least squares): exact and deterministic for the few features of the ranking model,
 * where a general machine-learning library would bring far more than it is used for.
 */
final class LogisticRegression {

	private static final int MAX_ITERATIONS = 50;

	private static final double TOLERANCE = 1e-9;

	private LogisticRegression() {
	}

	/**
	 * @param x one row of features per example
	 * @param y 1 for a positive example, 0 otherwise
	 * @param lambda the L2 penalty on the weights (not on the intercept)
	 * @return the intercept followed by one weight per feature
	 */
	static double[] fit(double[][] x, double[] y, double lambda) {
		int d = x.length == 0 ? 0 : x[0].length;
		double[] w = new double[d + 1];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] gradient = new double[d + 1];
			double[][] hessian = new double[d + 1][d + 1];
			double[] row = new double[d + 1];
			for (int i = 0; i < x.length; i++) {
				row[0] = 1;
				System.arraycopy(x[i], 0, row, 1, d);
				double p = sigmoid(dot(w, row));
				double r = p * (1 - p);
				for (int a = 0; a <= d; a++) {
					gradient[a] += (p - y[i]) * row[a];
					for (int b = a; b <= d; b++) {
						hessian[a][b] += r * row[a] * row[b];
					}
				}
			}
			for (int a = 0; a <= d; a++) {
				for (int b = 0; b < a; b++) {
					hessian[a][b] = hessian[b][a];
				}
				if (a > 0) {
					gradient[a] += lambda * w[a];
					hessian[a][a] += lambda;
				}
			}
			hessian[0][0] += 1e-9;
			double[] step = solve(hessian, gradient);
			double change = 0;
			for (int a = 0; a <= d; a++) {
				w[a] -= step[a];
				change = Math.max(change, Math.abs(step[a]));
			}
			if (change < TOLERANCE) {
				break;
			}
		}
		return w;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/**
	 * Solves {@code a x = b} by Gaussian elimination with partial pivoting.
	 */
	static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][];
		for (int i = 0; i < n; i++) {
			m[i] = java.util.Arrays.copyOf(a[i], n + 1);
			m[i][n] = b[i];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int r = col + 1; r < n; r++) {
				if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
					pivot = r;
				}
			}
			double[] swap = m[col];
			m[col] = m[pivot];
			m[pivot] = swap;
			if (Math.abs(m[col][col]) < 1e-12) {
				throw new IllegalArgumentException("singular system at column " + col);
			}
			for (int r = col + 1; r < n; r++) {
				double factor = m[r][col] / m[col][col];
				for (int c = col; c <= n; c++) {
					m[r][c] -= factor * m[col][c];
				}
			}
		}
		double[] x = new double[n];
		for (int r = n - 1; r >= 0; r--) {
			double sum = m[r][n];
			for (int c = r + 1; c < n; c++) {
				sum -= m[r][c] * x[c];
			}
			x[r] = sum / m[r][r];
		}
		return x;
	}

}
