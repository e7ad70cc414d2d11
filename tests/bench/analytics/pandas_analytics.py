#!/usr/bin/python3
"""The analytics recompute done with pandas + scipy, for comparison with `clientele-cli snapshot`:
read the database, per-customer figures (orders summed per order code, cancellations excluded from
purchases), RFM quintiles with equal values sharing a score, the seed 001 four tiers, lifecycle
stages from the last-purchase silence against the customer's median gap, BG/NBD and Gamma-Gamma
fits with scipy's L-BFGS-B, 12-month CLV, P(alive), and the snapshot written back with to_sql.

It is a like-for-like pipeline, not a port: the stage is judged on the final timeline only (no stage
history walk) and the CLV sums 12 monthly differences of E[Y(t)] from the same closed form.

Usage: pandas_analytics.py DATABASE [AS_OF]
"""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1

WEEK = 7.0


def bgnbd_loglik(log_params, x, tx, T, w):
    r, alpha, a, b = np.exp(log_params)
    log_a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    log_a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    log_a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx),
                          -np.inf)
    return np.sum(w * (log_a1 + log_a2 + np.logaddexp(log_a3, log_a4)))


def gammagamma_loglik(log_params, x, m):
    p, q, v = np.exp(log_params)
    return np.sum(gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v) + (p * x - 1) * np.log(m)
                  + p * x * np.log(x) - (p * x + q) * np.log(v + x * m))


def fit(loglik, start, args, n):
    return minimize(lambda lp: -loglik(lp, *args) / n, start, method="L-BFGS-B",
                    options={"gtol": 1e-8, "ftol": 1e-15, "maxiter": 1000})


def expected_purchases(params, x, tx, T, t):
    r, alpha, a, b = params
    z = t / (alpha + T + t)
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, z)
    first = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    d = 1 + (x > 0) * a / np.maximum(b + x - 1, 1e-300) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return first / d, 1 / d


def quintile(values, higher_is_better=True):
    # Equal values share a score: 1 + floor(5 × (customers strictly worse) / n).
    v = values if higher_is_better else -values
    below = v.rank(method="min") - 1
    return (1 + np.floor(5 * below / len(v))).astype(int)


def seed4_grid():
    """Seed 001's four tiers as the same 5×5×5 map clientele's built-in seed4 model stores."""
    boxes = {"high_value": [(4, 5, 4, 5, 4, 5)],
             "potential": [(4, 5, 3, 5, 1, 3), (4, 5, 3, 3, 4, 5), (4, 5, 1, 2, 3, 5)],
             "low_value": [(4, 5, 1, 2, 1, 2), (3, 3, 1, 1, 1, 1), (1, 2, 1, 2, 1, 2)],
             "churn_risk": [(3, 3, 2, 5, 1, 5), (3, 3, 1, 1, 2, 5), (1, 2, 3, 5, 1, 5), (1, 2, 1, 2, 3, 5)]}
    grid = np.full((5, 5, 5), "", dtype=object)
    for tier, rules in boxes.items():
        for r0, r1, f0, f1, m0, m1 in rules:
            grid[r0 - 1:r1, f0 - 1:f1, m0 - 1:m1] = tier
    return grid


def main():
    path = sys.argv[1]
    timings = {}
    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    as_of = pd.Timestamp(sys.argv[2]) if len(sys.argv) > 2 else pd.Timestamp(
        con.execute("SELECT MAX(ordered_at) FROM order_line").fetchone()[0][:10])
    before = (as_of + pd.Timedelta(days=1)).strftime("%Y-%m-%d")
    customers = pd.read_sql("SELECT id, code, name, kind FROM customer", con)
    # The whole table in its own order, filtered in pandas: a WHERE on ordered_at makes SQLite read
    # through the time index, a random page lookup per line.
    lines = pd.read_sql("SELECT customer_id, order_code, ordered_at, amount_minor, status FROM order_line", con)
    lines = lines[lines["customer_id"].notna() & (lines["ordered_at"] < before)]
    interactions = pd.read_sql("SELECT customer_id, occurred_at FROM interaction WHERE occurred_at < ?", con,
                               params=(before,))
    timings["read"] = time.perf_counter() - t0

    t = time.perf_counter()
    lines["day"] = pd.to_datetime(lines["ordered_at"].str.slice(0, 10))
    lines["completed"] = lines["status"] == "completed"
    orders = lines.groupby(["customer_id", "order_code"], sort=False).agg(
        day=("day", "min"), amount=("amount_minor", "sum"), completed=("completed", "max")).reset_index()
    net = orders.groupby("customer_id")["amount"].sum()
    bought = orders[orders["completed"]]
    days = bought.groupby(["customer_id", "day"], sort=False)["amount"].sum().reset_index().sort_values(
        ["customer_id", "day"])
    g = days.groupby("customer_id")
    first, last = g["day"].min(), g["day"].max()
    purchase_days = g.size()
    n_orders = bought.groupby("customer_id").size()
    days["gap"] = g["day"].diff().dt.days
    typical_gap = days.groupby("customer_id")["gap"].median()
    first_amount = g["amount"].first()
    repeat_amount = g["amount"].sum() - first_amount
    f = pd.DataFrame({"first": first, "last": last, "orders": n_orders, "purchase_days": purchase_days,
                      "net": net, "gap": typical_gap, "repeat_amount": repeat_amount})
    f = f[f["purchase_days"].notna()].copy()  # buyers only; cancellation-only customers are not scored
    f["recency"] = (as_of - f["last"]).dt.days
    f["tenure"] = (as_of - f["first"]).dt.days
    years = np.maximum(f["tenure"] / 365.25, 1.0)
    f["frequency"] = f["orders"] / years
    f["monetary"] = f["net"] / years
    last90 = as_of - pd.Timedelta(days=90)
    prev90 = as_of - pd.Timedelta(days=180)
    f["orders_last90"] = bought[bought["day"] > last90].groupby("customer_id").size()
    f["orders_prev90"] = bought[(bought["day"] > prev90) & (bought["day"] <= last90)].groupby("customer_id").size()
    interactions["day"] = pd.to_datetime(interactions["occurred_at"].str.slice(0, 10))
    f["int_last90"] = interactions[interactions["day"] > last90].groupby("customer_id").size()
    f["int_prev90"] = interactions[(interactions["day"] > prev90) & (interactions["day"] <= last90)].groupby(
        "customer_id").size()
    f = f.fillna({"orders_last90": 0, "orders_prev90": 0, "int_last90": 0, "int_prev90": 0})
    timings["figures"] = time.perf_counter() - t

    t = time.perf_counter()
    f["r"] = quintile(f["recency"], higher_is_better=False)
    f["f"] = quintile(f["frequency"])
    f["m"] = quintile(f["monetary"])
    grid = seed4_grid()
    f["tier"] = grid[f["r"].to_numpy() - 1, f["f"].to_numpy() - 1, f["m"].to_numpy() - 1]
    gap = f["gap"]
    dormant_after = np.where(gap.isna(), 90, np.maximum(np.floor(2 * gap), 90))
    churned_after = np.where(gap.isna(), 365, np.maximum(np.floor(4 * gap), 365))
    f["stage"] = np.select(
        [f["recency"] > churned_after, f["recency"] > dormant_after,
         (f["purchase_days"] == 1) & (f["tenure"] <= 90), (f["purchase_days"] >= 5) & (f["tenure"] >= 365)],
        ["churned", "dormant", "new", "mature"], "active")
    timings["rfm_tiers_stages"] = time.perf_counter() - t

    t = time.perf_counter()
    f["x"] = f["purchase_days"] - 1.0
    f["tx"] = (f["last"] - f["first"]).dt.days / WEEK
    f["T"] = f["tenure"] / WEEK
    grouped = f.groupby(["x", "tx", "T"]).size().reset_index(name="w")
    n = len(f)
    bg = fit(bgnbd_loglik, np.zeros(4),
             tuple(grouped[c].to_numpy(float) for c in ("x", "tx", "T", "w")), n)
    params = np.exp(bg.x)
    rep = f[(f["x"] > 0) & (f["repeat_amount"] > 0)]
    xs, ms = rep["x"].to_numpy(float), (rep["repeat_amount"] / rep["x"]).to_numpy(float)
    gg = fit(gammagamma_loglik, np.array([0.0, 0.0, np.log(ms.mean())]), (xs, ms), len(xs))
    p, q, v = np.exp(gg.x)
    timings["fits"] = time.perf_counter() - t

    t = time.perf_counter()
    x, tx, T = f["x"].to_numpy(float), f["tx"].to_numpy(float), f["T"].to_numpy(float)
    zbar = np.where(x > 0, f["repeat_amount"].to_numpy(float) / np.maximum(x, 1), 0.0)
    spend = p * (v + x * zbar) / (p * x + q - 1)
    k = 365.25 / 12 / WEEK
    clv = np.zeros(n)
    previous, p_alive = np.zeros(n), None
    for month in range(1, 13):
        current, p_alive = expected_purchases(params, x, tx, T, month * k)
        clv += (current - previous) / 1.01 ** month
        previous = current
    f["clv"] = spend * clv
    f["p_alive"] = p_alive
    f["expected_90d"], _ = expected_purchases(params, x, tx, T, 90 / WEEK)
    falling = ((f["orders_last90"] < 0.7 * f["orders_prev90"]).astype(int)
               + (f["int_last90"] < 0.7 * f["int_prev90"]).astype(int)
               + np.where(f["x"] > 0, (f["p_alive"] < 0.3) * 2 + ((f["p_alive"] >= 0.3) & (f["p_alive"] < 0.6)), 0)
               + np.where(f["stage"] == "dormant", 2, 0))
    f["risk_level"] = np.select([f["stage"] == "churned", falling >= 3, falling >= 2], ["high", "high", "medium"],
                                "low")
    timings["clv_risk"] = time.perf_counter() - t

    t = time.perf_counter()
    out = customers.set_index("id").join(f, how="left")
    out["period"] = "bench"
    con.execute("DROP TABLE IF EXISTS pandas_snapshot")
    out[["period", "recency", "orders", "net", "frequency", "monetary", "r", "f", "m", "tier", "stage", "p_alive",
         "expected_90d", "clv", "risk_level"]].to_sql("pandas_snapshot", con, index_label="customer_id")
    con.commit()
    timings["write"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    print(f"customers={len(customers)} buyers={n} order_lines={len(lines)} as_of={as_of.date()} "
          f"bgnbd r={params[0]:.4f} alpha={params[1]:.4f} a={params[2]:.4f} b={params[3]:.4f} "
          f"gammagamma p={p:.4f} q={q:.4f} gamma={v:.4f}")
    print(" ".join(f"{key}={value:.3f}s" for key, value in timings.items()))
    print(out["tier"].value_counts().to_dict(), out["stage"].value_counts().to_dict())


if __name__ == "__main__":
    main()
