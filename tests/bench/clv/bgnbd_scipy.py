#!/usr/bin/python3
"""Reference fit of the BG/NBD (and Gamma-Gamma) likelihoods with scipy's L-BFGS-B, for comparison
with clientele's own fitter (bench_clv). Same likelihoods, same log-parameterisation, same start.

Usage: bgnbd_scipy.py [--repeats N] [SUMMARY_DIR]
SUMMARY_DIR holds cdnow_customers_summary.csv and cdnow_customers_summary_with_transactions.csv
(default: ../shared/data/cdnow next to the repository).
"""
import argparse
import os
import time

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln


def bgnbd_loglik(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    log_a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    log_a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    log_a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return np.sum(log_a1 + log_a2 + np.logaddexp(log_a3, log_a4))


def gammagamma_loglik(log_params, x, m):
    p, q, v = np.exp(log_params)
    return np.sum(gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v) + (p * x - 1) * np.log(m)
                  + p * x * np.log(x) - (p * x + q) * np.log(v + x * m))


def fit(loglik, start, args, n):
    # Mean negative log-likelihood, as clientele minimises; gradient by scipy's finite differences.
    return minimize(lambda lp: -loglik(lp, *args) / n, start, method="L-BFGS-B",
                    options={"gtol": 1e-8, "ftol": 1e-15, "maxiter": 1000})


def timed(function, repeats):
    """Median wall and CPU seconds over the repeats (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = function()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return result, (sorted(wall)[len(wall) // 2], sorted(cpu)[len(cpu) // 2])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("data", nargs="?", default=os.path.join(here, "../../../../shared/data/cdnow"))
    args = parser.parse_args()

    summary = pd.read_csv(os.path.join(args.data, "cdnow_customers_summary.csv"))
    x, tx, T = (summary[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    result, seconds = timed(lambda: fit(bgnbd_loglik, np.zeros(4), (x, tx, T), len(x)), args.repeats)
    r, alpha, a, b = np.exp(result.x)
    print(f"bgnbd  r={r:.4f} alpha={alpha:.4f} a={a:.4f} b={b:.4f} "
          f"log_likelihood={-result.fun * len(x):.4f} iterations={result.nit} evaluations={result.nfev} "
          f"converged={result.success} median_ms={seconds[0] * 1e3:.2f} median_cpu_ms={seconds[1] * 1e3:.2f}")

    spend = pd.read_csv(os.path.join(args.data, "cdnow_customers_summary_with_transactions.csv"))
    spend = spend[(spend["x"] > 0) & (spend["zbar"] > 0)]
    x, m = spend["x"].to_numpy(float), spend["zbar"].to_numpy(float)
    start = np.array([0.0, 0.0, np.log(m.mean())])
    result, seconds = timed(lambda: fit(gammagamma_loglik, start, (x, m), len(x)), args.repeats)
    p, q, v = np.exp(result.x)
    print(f"gammagamma  p={p:.4f} q={q:.4f} gamma={v:.4f} "
          f"log_likelihood={-result.fun * len(x):.4f} iterations={result.nit} evaluations={result.nfev} "
          f"converged={result.success} median_ms={seconds[0] * 1e3:.2f} median_cpu_ms={seconds[1] * 1e3:.2f}")
    print("gammagamma at the published (6.25, 3.74, 15.44): log_likelihood="
          f"{gammagamma_loglik(np.log([6.25, 3.74, 15.44]), x, m):.4f}")


if __name__ == "__main__":
    main()
