#!/usr/bin/python3
"""Reference cross-check fixtures for the computed-evidence engine (src/Aims.Evidence).

What this is
------------
A development tool, not part of the product and not run by the tests. With fixed seeds it generates a handful of
small-to-medium datasets (fairness prediction logs and drift reference/current pairs, 200-12,000 rows, with the edge
cases described in make_fairness() and make_drift() below) and writes them as CSV into
tests/Aims.Evidence.Tests/Reference/data/, together with one expected.json holding the values the reference
libraries compute on exactly those files. The C# test ReferenceCrossCheckTests runs our engine on the same CSVs and compares every value within 1e-9 (absolute or
relative; NaN must match NaN), so the tests never need Python.

How the expected values are computed
------------------------------------
Fairlearn and Evidently themselves are not installable here, so this script re-states their definitions (as recorded in
the shared note computed-evidence.md, sections 1 and 3.1, and re-read from their sources) over the *same* library
primitives they call:

* Fairness (Fairlearn 0.12.0, MIT; re-stated, no Fairlearn code copied): MetricFrame semantics with pandas groupby
  (dropna=True) per sensitive attribute and per intersection (cartesian product of each attribute's values; empty
  intersections are NaN rows that every aggregate skips), base metrics per group and overall:
  selection rate = weighted mean of y_pred == 1; TPR/FPR/TNR/FNR from
  sklearn.metrics.confusion_matrix(labels=[0, 1], normalize="true", sample_weight=w) (a zero row gives 0, as sklearn's
  nan_to_num does); PPV = sklearn precision_score(zero_division=0); accuracy = sklearn accuracy_score; count unweighted.
  Aggregates: group_min/group_max (skipna), difference between_groups = max|m_g - min|, to_overall = max|m_g - overall|,
  ratio between_groups = min/max, to_overall = min of m_g/overall with values > 1 replaced by their reciprocal.
  demographic parity = selection-rate difference/ratio; equalized odds = builtin max/min over the pandas Series
  (tpr, fpr) for worst_case, Series.mean() (skipna) for mean, exactly as fairlearn/metrics/_fairness_metrics.py does;
  equal opportunity = TPR difference/ratio.
* Drift (Evidently 0.7.21, Apache-2.0): the SciPy/NumPy functions Evidently's legacy stattests call, applied the way
  they call them: scipy.stats.ks_2samp (method "auto"), scipy.stats.chisquare with f_exp = ref_count * n_cur/n_ref,
  the two-proportion z-test with scipy.stats.norm, scipy.stats.wasserstein_distance / max(np.std(ref), 0.001),
  scipy.spatial.distance.jensenshannon and scipy.stats.entropy and PSI on get_binned_data bins
  (np.histogram_bin_edges(concat, "sturges") when the reference has > 20 distinct values and the column is numerical,
  else one bin per value; zero filling for PSI and KL), Hellinger (categorical and numerical forms), the column-type
  inference of _get_column_type (integer dtype with <= 5 reference values and bool are categorical) and the default
  test choice of _get_default_stattest, after Evidently's replace([-inf, inf], nan).dropna().

Library versions: Debian 12's python3-scipy 1.10.1, python3-sklearn 1.2.1, python3-pandas 1.5.3, python3-numpy 1.24.2,
the environment computed-evidence.md names. The script refuses to run with other versions.

How to regenerate
-----------------
    apt-get install -y python3-scipy python3-sklearn python3-pandas
    /usr/bin/python3 bench/reference/crosscheck.py          # from the repository root
    dotnet test --project tests/Aims.Evidence.Tests

The output is deterministic (fixed seeds, fixed float formatting), so re-running it must leave git clean. CSV floats are
written with a few decimals and read back with float_precision="round_trip", so pandas and our reader parse the same
doubles.
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy import stats
from scipy.spatial import distance
from sklearn.metrics import accuracy_score, confusion_matrix, precision_score

EXPECTED_VERSIONS = {"scipy": "1.10.1", "sklearn": "1.2.1", "pandas": "1.5.3", "numpy": "1.24.2"}
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "Aims.Evidence.Tests", "Reference", "data")


def check_versions():
    actual = {"scipy": scipy.__version__, "sklearn": sklearn.__version__, "pandas": pd.__version__, "numpy": np.__version__}
    if actual != EXPECTED_VERSIONS:
        sys.exit(f"crosscheck.py needs {EXPECTED_VERSIONS}, found {actual} (use /usr/bin/python3 with Debian's packages)")
    return actual


def num(x):
    """JSON-safe float: NaN and +-inf as strings, as our evidence documents write them."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def read_csv(name, **kw):
    return pd.read_csv(os.path.join(OUT, name), float_precision="round_trip", **kw)


# ----------------------------------------------------------------------------------------------------------------
# Fairness: Fairlearn 0.12 MetricFrame semantics re-stated over pandas + sklearn
# ----------------------------------------------------------------------------------------------------------------

def _rates(yt, yp, w):
    # Fairlearn's TPR/FPR/TNR/FNR: sklearn confusion_matrix(normalize="true"), zero rows -> 0.
    cm = confusion_matrix(yt, yp, labels=[0, 1], normalize="true", sample_weight=w)
    tnr, fpr, fnr, tpr = cm.ravel()
    return tpr, fpr, fnr, tnr


def base_metrics(frame, weighted):
    yt = frame["yt"].to_numpy()
    yp = frame["yp"].to_numpy()
    w = frame["w"].to_numpy() if weighted else None
    sw = np.ones(len(yp)) if w is None else w
    tpr, fpr, fnr, tnr = _rates(yt, yp, w)
    return {
        "selectionRate": float(np.dot(yp == 1, sw) / sw.sum()),
        "truePositiveRate": float(tpr),
        "falsePositiveRate": float(fpr),
        "falseNegativeRate": float(fnr),
        "trueNegativeRate": float(tnr),
        "positivePredictiveValue": float(precision_score(yt, yp, zero_division=0, sample_weight=w)),
        "accuracy": float(accuracy_score(yt, yp, sample_weight=w)),
    }


BASE = ["selectionRate", "truePositiveRate", "falsePositiveRate", "falseNegativeRate", "trueNegativeRate",
        "positivePredictiveValue", "accuracy"]


def metric_frame(data, attrs, weighted):
    """by_group DataFrame (cartesian product with NaN rows for >1 attribute) and overall Series."""
    overall = pd.Series(base_metrics(data, weighted))
    rows, counts = {}, {}
    for key, part in data.groupby(attrs[0] if len(attrs) == 1 else attrs, dropna=True):
        key = key if isinstance(key, tuple) else (key,)
        rows[key] = base_metrics(part, weighted)
        counts[key] = len(part)
    by_group = pd.DataFrame.from_dict(rows, orient="index")[BASE]
    empty = 0
    if len(attrs) > 1:
        product = pd.MultiIndex.from_product([sorted(data[a].dropna().unique()) for a in attrs])
        by_group.index = pd.MultiIndex.from_tuples(by_group.index)
        by_group = by_group.reindex(product)
        empty = int(by_group.isna().all(axis=1).sum())
    return by_group, overall, counts, empty


def difference(by_group, overall, method):
    sub = by_group.min() if method == "between_groups" else overall
    return (by_group - sub).abs().max()


def ratio(by_group, overall, method):
    if method == "between_groups":
        return by_group.min() / by_group.max()
    ratios = by_group / overall
    ratios = ratios.apply(lambda col: col.transform(lambda x: 1 / x if x > 1 else x))
    return ratios.min()


def fairness_expected(spec):
    data = read_csv(spec["file"], dtype={a: str for a in spec["sensitive"]}, keep_default_na=True)
    pos = spec["positive"]
    data["yt"] = (data[spec["label"]].astype(str) == pos).astype(int)
    data["yp"] = (data[spec["prediction"]].astype(str) == pos).astype(int)
    weighted = spec.get("weight") is not None
    if weighted:
        data["w"] = data[spec["weight"]].astype(float)
    groupings = []
    attr_sets = [[a] for a in spec["sensitive"]]
    if len(spec["sensitive"]) > 1:
        attr_sets.append(list(spec["sensitive"]))
    overall_metrics = None
    for attrs in attr_sets:
        by_group, overall, counts, empty = metric_frame(data, attrs, weighted)
        overall_metrics = overall
        groups = []
        for key, row in by_group.iterrows():
            key = key if isinstance(key, tuple) else (key,)
            if row.isna().all():
                continue
            g = {"values": list(key), "count": counts[key]}
            g.update({m: num(row[m]) for m in BASE})
            groups.append(g)
        disp = []

        def add(metric, method, agg, value):
            disp.append({"metric": metric, "method": method, "agg": agg, "value": num(value)})

        diffs = {m: difference(by_group, overall, m) for m in ("between_groups", "to_overall")}
        ratios = {m: ratio(by_group, overall, m) for m in ("between_groups", "to_overall")}
        for b in BASE:
            add(b + "GroupMin", None, None, by_group[b].min())
            add(b + "GroupMax", None, None, by_group[b].max())
            for m in ("between_groups", "to_overall"):
                add(b + "Difference", m, None, diffs[m][b])
                add(b + "Ratio", m, None, ratios[m][b])
        for m in ("between_groups", "to_overall"):
            add("demographicParityDifference", m, None, diffs[m]["selectionRate"])
            add("demographicParityRatio", m, None, ratios[m]["selectionRate"])
            add("equalOpportunityDifference", m, None, diffs[m]["truePositiveRate"])
            add("equalOpportunityRatio", m, None, ratios[m]["truePositiveRate"])
            # fairlearn: eo = MetricFrame({"tpr": ..., "fpr": ...}); worst_case = builtin max/min over the Series,
            # mean = Series.mean() (skipna).
            eo_d = pd.Series({"tpr": diffs[m]["truePositiveRate"], "fpr": diffs[m]["falsePositiveRate"]})
            eo_r = pd.Series({"tpr": ratios[m]["truePositiveRate"], "fpr": ratios[m]["falsePositiveRate"]})
            add("equalizedOddsDifference", m, "worst_case", max(eo_d))
            add("equalizedOddsDifference", m, "mean", eo_d.mean())
            add("equalizedOddsRatio", m, "worst_case", min(eo_r))
            add("equalizedOddsRatio", m, "mean", eo_r.mean())
        groupings.append({"attributes": attrs, "emptyIntersections": empty, "groups": groups, "disparities": disp})
    return {
        **{k: spec.get(k) for k in ("name", "file", "label", "prediction", "sensitive", "weight", "positive", "missingPolicy")},
        "rowsUsed": int(len(data)),
        "overall": {m: num(overall_metrics[m]) for m in BASE},
        "groupings": groupings,
    }


def make_fairness():
    specs = []

    def write(name, df, **spec):
        file = f"fairness_{name}.csv"
        df.to_csv(os.path.join(OUT, file), index=False, lineterminator="\n")
        spec.update({"name": name, "file": file})
        spec.setdefault("label", "y")
        spec.setdefault("prediction", "p")
        spec.setdefault("weight", None)
        spec.setdefault("positive", "1")
        spec.setdefault("missingPolicy", "drop")
        specs.append(spec)

    # 1. One attribute, 2,000 rows, unweighted: group "o" has no actual positives (TPR = FNR = 0), "h" is never
    #    selected, "a" has no actual negatives (FPR = TNR = 0).
    rng = np.random.default_rng(101)
    n = 2000
    race = rng.choice(["w", "b", "a", "h", "o"], size=n, p=[0.45, 0.25, 0.12, 0.1, 0.08])
    y = (rng.random(n) < 0.4).astype(int)
    y[race == "o"] = 0
    y[race == "a"] = 1
    p = np.where(rng.random(n) < 0.75, y, 1 - y)
    p[(race == "b") & (rng.random(n) < 0.3)] = 0
    p[race == "h"] = 0
    write("single_edge", pd.DataFrame({"y": y, "p": p, "race": race}), sensitive=["race"])

    # 2. Two attributes, 5,000 rows, float weights (some 0), labels "yes"/"no" with --positive yes; sex X never occurs
    #    with 18-29 or 65+ (empty intersections).
    rng = np.random.default_rng(202)
    n = 5000
    sex = rng.choice(["F", "M", "X"], size=n, p=[0.48, 0.48, 0.04])
    age = rng.choice(["18-29", "30-44", "45-64", "65+"], size=n)
    age[(sex == "X")] = rng.choice(["30-44", "45-64"], size=int((sex == "X").sum()))
    base = 0.3 + 0.1 * (sex == "M") + 0.05 * (age == "45-64")
    y = rng.random(n) < base
    p = np.where(rng.random(n) < 0.7, y, rng.random(n) < 0.5 + 0.15 * (sex == "M"))
    w = np.round(rng.uniform(0.1, 3.0, size=n), 4)
    w[rng.random(n) < 0.02] = 0.0
    write("two_attrs_weighted",
          pd.DataFrame({"label": np.where(y, "yes", "no"), "pred": np.where(p, "yes", "no"), "sex": sex,
                        "age_band": age, "w": w}),
          label="label", prediction="pred", sensitive=["sex", "age_band"], weight="w", positive="yes")

    # 3. A numeric sensitive attribute with missing values (Fairlearn: dropped from by_group, kept in overall) and
    #    integer weights; our engine runs with --missing-policy drop.
    rng = np.random.default_rng(303)
    n = 800
    band = rng.choice(["1", "2", "3"], size=n, p=[0.5, 0.3, 0.2]).astype(object)
    band[rng.random(n) < 0.06] = ""
    y = (rng.random(n) < 0.35).astype(int)
    p = np.where(rng.random(n) < 0.8, y, 1 - y)
    write("missing_sensitive", pd.DataFrame({"y": y, "p": p, "band": band, "w": rng.integers(1, 6, size=n)}),
          sensitive=["band"], weight="w")

    # 4. Two attributes, no false positives anywhere: every FPR is 0, so the FPR ratio is 0/0 = NaN while the TPR
    #    ratio is finite (equalized-odds worst_case/mean over a Series holding a NaN).
    rng = np.random.default_rng(404)
    n = 1200
    g = rng.choice(["a", "b", "c"], size=n)
    h = rng.choice(["u", "v"], size=n)
    y = (rng.random(n) < 0.5).astype(int)
    p = np.where((y == 1) & (rng.random(n) < 0.6 + 0.1 * (g == "a")), 1, 0)
    write("no_false_positives", pd.DataFrame({"y": y, "p": p, "g": g, "h": h}), sensitive=["g", "h"])

    # 5. No true positives anywhere (predictions are 1 only on negatives): every TPR is 0, the FPR ratio is finite.
    rng = np.random.default_rng(505)
    n = 600
    g = rng.choice(["a", "b", "c", "d"], size=n)
    y = (rng.random(n) < 0.4).astype(int)
    p = np.where((y == 0) & (rng.random(n) < 0.3 + 0.1 * (g == "b")), 1, 0)
    write("no_true_positives", pd.DataFrame({"y": y, "p": p, "g": g}), sensitive=["g"])

    # 6. Nothing is ever selected (all predictions 0): demographic parity ratio 0/0 = NaN.
    rng = np.random.default_rng(606)
    n = 200
    write("never_selected",
          pd.DataFrame({"y": (rng.random(n) < 0.5).astype(int), "p": np.zeros(n, dtype=int),
                        "g": rng.choice(["a", "b"], size=n), "h": rng.choice(["x", "y", "z"], size=n)}),
          sensitive=["g", "h"])
    return specs


# ----------------------------------------------------------------------------------------------------------------
# Drift: Evidently 0.7.21 legacy stattests over SciPy 1.10 / NumPy
# ----------------------------------------------------------------------------------------------------------------

NUMBER_UNIQUE_AS_CATEGORICAL = 5


def column_type(ref, cur):
    """Evidently _get_column_type for a plain feature (no column mapping)."""
    ref_type, cur_type = ref.dtype, cur.dtype
    if ref_type != cur_type:
        kinds = ["i", "u", "f", "c", "m", "M"]
        if ref_type.kind not in kinds or cur_type.kind not in kinds:
            cur_type = ref_type
        if not np.can_cast(cur_type, ref_type) and not np.can_cast(ref_type, cur_type):
            cur_type = ref_type
    if pd.api.types.is_integer_dtype(cur_type):
        nunique = ref.nunique() or cur.nunique()
        return "categorical" if nunique <= NUMBER_UNIQUE_AS_CATEGORICAL else "numerical"
    if pd.api.types.is_numeric_dtype(cur_type):
        return "categorical" if cur_type == bool else "numerical"
    return "categorical"


def default_test(ref, cur, kind):
    """Evidently _get_default_stattest."""
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if kind == "numerical" and n_values > 5:
            return "ks"
        return "chisquare" if n_values > 2 else "z"
    if kind == "numerical" and n_values > 5:
        return "wasserstein"
    return "jensenshannon"


def unique_keys(ref, cur):
    # Evidently iterates a set; sorting only fixes the summation order so the output is byte-for-byte reproducible.
    return sorted(set(ref.dropna().unique()) | set(cur.dropna().unique()))


def binned(ref, cur, kind, fill):
    """Evidently get_binned_data."""
    if kind == "numerical" and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins="sturges")
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = unique_keys(ref, cur)
        rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        r = np.array([rd[k] / len(ref) for k in keys])
        c = np.array([cd[k] / len(cur) for k in keys])
    if fill:
        for a in (r, c):
            m = min(a[a != 0])
            np.place(a, a == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def ks(ref, cur):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = stats.ks_2samp(ref, cur)[1]
    fell_back = any("Switching to method=asymp" in str(w.message) for w in caught)
    exact = max(len(ref), len(cur)) <= 10000 and not fell_back
    return p, "exact" if exact else "asymptotic"


def chisquare(ref, cur):
    keys = unique_keys(ref, cur)
    rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
    cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
    k_norm = cur.shape[0] / ref.shape[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        return stats.chisquare([cd[k] for k in keys], [rd[k] * k_norm for k in keys])[1]


def z_test(ref, cur):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return 1.0
    key = sorted(unique_keys(ref, cur))[0]
    r = ref.apply(lambda x: 0 if x == key else 1)
    c = cur.apply(lambda x: 0 if x == key else 1)
    n1, n2 = len(r), len(c)
    p1, p2 = float(sum(r)) / n1, float(sum(c)) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return 2 * (1 - stats.norm.cdf(np.abs(z)))


def wasserstein(ref, cur):
    return stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)


def psi(ref, cur, kind):
    r, c = binned(ref, cur, kind, True)
    return np.sum((r - c) * np.log(r / c))


def kl_div(ref, cur, kind):
    r, c = binned(ref, cur, kind, True)
    return stats.entropy(r, c)


def jensenshannon(ref, cur, kind):
    r, c = binned(ref, cur, kind, False)
    return distance.jensenshannon(r, c, None)


def hellinger(ref, cur, kind):
    keys = sorted(set(ref.unique()) | set(cur.unique()))
    if kind == "categorical":
        rp = (ref.value_counts() / len(ref)).to_dict()
        cp = (cur.value_counts() / len(cur)).to_dict()
        total = sum(math.sqrt(rp.get(k, 0) * cp.get(k, 0)) for k in keys)
    else:
        bins = np.histogram_bin_edges(keys, bins="sturges")
        h1 = np.histogram(ref.to_numpy(), bins=bins, density=True)[0]
        h2 = np.histogram(cur.to_numpy(), bins=bins, density=True)[0]
        width = (max(bins) - min(bins)) / (len(bins) - 1)
        total = sum(math.sqrt(a * b) * width for a, b in zip(h1, h2))
    return math.sqrt(1 - np.clip(total, 0, 1))


NUMERICAL_METHODS = ["ks", "wasserstein", "jensenshannon", "psi", "kl_div", "hellinger"]
CATEGORICAL_METHODS = ["chisquare", "z", "jensenshannon", "psi", "kl_div", "hellinger"]
P_VALUE = {"ks": "<=", "chisquare": "<", "z": "<"}
THRESHOLD = {"ks": 0.05, "chisquare": 0.05, "z": 0.05}


def run_method(method, ref, cur, kind):
    detail = None
    if method == "ks":
        value, detail = ks(ref, cur)
    elif method == "chisquare":
        value = chisquare(ref, cur)
    elif method == "z":
        value = z_test(ref, cur)
    elif method == "wasserstein":
        value = wasserstein(ref, cur)
    elif method == "psi":
        value = psi(ref, cur, kind)
    elif method == "kl_div":
        value = kl_div(ref, cur, kind)
    elif method == "jensenshannon":
        value = jensenshannon(ref, cur, kind)
    else:
        value = hellinger(ref, cur, kind)
    return float(value), detail


def drifted(method, value):
    if math.isnan(value):
        return False
    threshold = THRESHOLD.get(method, 0.1)
    op = P_VALUE.get(method, ">=")
    return value <= threshold if op == "<=" else value < threshold if op == "<" else value >= threshold


def drift_expected(spec):
    ref_df = read_csv(spec["reference"])
    cur_df = read_csv(spec["current"])
    columns = []
    n_drifted = 0
    for name in ref_df.columns:
        raw_ref, raw_cur = ref_df[name], cur_df[name]
        kind = column_type(raw_ref, raw_cur)
        ref = raw_ref.replace([-np.inf, np.inf], np.nan).dropna()
        cur = raw_cur.replace([-np.inf, np.inf], np.nan).dropna()
        method = default_test(ref, cur, kind)
        methods = {}
        ks_detail = None
        for m in (NUMERICAL_METHODS if kind == "numerical" else CATEGORICAL_METHODS):
            value, detail = run_method(m, ref, cur, kind)
            methods[m] = num(value)
            ks_detail = detail or ks_detail
        statistic, _ = run_method(method, ref, cur, kind)
        is_drift = drifted(method, statistic)
        n_drifted += is_drift
        columns.append({
            "name": name,
            "kind": kind,
            "referenceUsed": int(len(ref)),
            "currentUsed": int(len(cur)),
            "uniqueValues": int(pd.concat([ref, cur]).nunique()),
            "defaultMethod": method,
            "statistic": num(statistic),
            "drifted": bool(is_drift),
            "ksDetail": ks_detail,
            "methods": methods,
        })
    share = n_drifted / len(columns)
    return {**spec, "drifted": n_drifted, "tested": len(columns), "share": share, "datasetDrift": share >= 0.5,
            "columns": columns}


def make_drift():
    specs = []

    def write(name, ref, cur):
        files = {}
        for role, df in (("reference", ref), ("current", cur)):
            file = f"drift_{name}_{role[:3]}.csv"
            df.to_csv(os.path.join(OUT, file), index=False, lineterminator="\n")
            files[role] = file
        specs.append({"name": name, **files})

    def normal(rng, n, mu, sd, decimals=4):
        return np.round(rng.normal(mu, sd, size=n), decimals)

    # 1. n_ref 600 <= 1000, n_cur 500 (exact KS, unequal sizes): every column kind of the default-test table.
    rng = np.random.default_rng(1001)

    def small(n, shift):
        nan_col = normal(rng, n, 10 + shift, 2)
        idx = rng.choice(n, size=12, replace=False)
        nan_col[idx[:6]] = np.nan
        nan_col[idx[6:9]] = np.inf
        nan_col[idx[9:]] = -np.inf
        gap = rng.choice([1, 2, 3, 4], size=n, p=[0.4, 0.3, 0.2, 0.1]).astype(float)
        if shift == 0:
            gap[rng.choice(n, size=5, replace=False)] = np.nan  # reference: int column with gaps -> float64
        return pd.DataFrame({
            "x_normal": normal(rng, n, 0.15 * shift, 1 + 0.1 * shift),
            "x_int_many": rng.binomial(14, 0.4 + 0.03 * shift, size=n),           # integer, 6-20 values: KS, per-value bins
            "x_int_wide": rng.integers(0, 200 + 30 * shift, size=n),               # integer, > 20 values: Sturges bins
            "c_int_few": rng.choice([1, 2, 3, 4], size=n, p=[0.25 + 0.05 * shift, 0.25, 0.25, 0.25 - 0.05 * shift]),
            "c_int_new": rng.choice([1, 2, 3, 4], size=n, p=[0.4, 0.3, 0.3, 0.0] if shift == 0 else [0.35, 0.3, 0.3, 0.05]),
            "c_str": rng.choice(["alpha", "beta", "gamma", "delta"], size=n, p=[0.4 - 0.1 * shift, 0.3, 0.2, 0.1 + 0.1 * shift]),
            "c_str_new": rng.choice(["a", "b", "c", "d", "e"], size=n, p=[0.3, 0.3, 0.2, 0.2, 0.0] if shift == 0 else [0.3, 0.3, 0.2, 0.15, 0.05]),
            "c_bin_str": rng.choice(["no", "yes"], size=n, p=[0.6 - 0.08 * shift, 0.4 + 0.08 * shift]),
            "c_bool": rng.random(n) < 0.5 + 0.02 * shift,
            "x_float3": rng.choice([0.5, 1.5, 2.5], size=n, p=[0.5, 0.3, 0.2]),
            "x_float2": rng.choice([0.25, 0.75], size=n, p=[0.7 - 0.1 * shift, 0.3 + 0.1 * shift]),
            "x_const": np.full(n, 3.0),
            "x_nan_inf": nan_col,
            "x_int_gap": gap if shift == 0 else gap.astype(int),
        })

    write("small_mixed", small(600, 0), small(500, 1))

    # 2. Equal sizes (800 vs 800): SciPy's exact equal-n KS branch; ties; a 6-category string column (chi-square).
    rng = np.random.default_rng(2002)

    def equal(n, shift):
        return pd.DataFrame({
            "x_shift": normal(rng, n, 0.12 * shift, 1),
            "x_same": normal(rng, n, 0, 1),
            "x_ties": normal(rng, n, 5 + 0.2 * shift, 1.5, decimals=1),
            "x_uniform": np.round(rng.uniform(0, 1 + 0.1 * shift, size=n), 5),
            "c_six": rng.choice(list("uvwxyz"), size=n, p=[0.2, 0.2, 0.2, 0.15, 0.15 - 0.05 * shift, 0.1 + 0.05 * shift]),
        })

    write("equal_sizes", equal(800, 0), equal(800, 1))

    # 3. n_ref 3000 > 1000 (Wasserstein and Jensen-Shannon defaults; KS still exact when forced, max(n) <= 10,000).
    rng = np.random.default_rng(3003)

    def large(n, shift):
        return pd.DataFrame({
            "x_normal": normal(rng, n, 0.2 * shift, 1 + 0.2 * shift),
            "x_lognormal": np.round(rng.lognormal(0, 0.6 + 0.1 * shift, size=n), 4),
            "x_int_wide": rng.integers(-50, 50 + 10 * shift, size=n),
            "x_float4": rng.choice([1.0, 2.0, 4.0, 8.0], size=n, p=[0.4, 0.3, 0.2 - 0.05 * shift, 0.1 + 0.05 * shift]),
            "c_int5": rng.choice([1, 2, 3, 4, 5], size=n),
            "c_cat": rng.choice(["p", "q", "r", "s"], size=n, p=[0.4, 0.3, 0.2 + 0.05 * shift, 0.1 - 0.05 * shift]),
            "c_bin": rng.choice(["off", "on"], size=n, p=[0.5 + 0.05 * shift, 0.5 - 0.05 * shift]),
        })

    write("large_ref", large(3000, 0), large(2500, 1))

    # 4. Exact KS at the upper end (9,000 vs 7,000) and asymptotic KS (12,000 vs 11,000, max(n) > 10,000).
    rng = np.random.default_rng(4004)
    write("ks_exact_large",
          pd.DataFrame({"x_shift": normal(rng, 9000, 0, 1, 3), "x_same": normal(rng, 9000, 0, 1, 3)}),
          pd.DataFrame({"x_shift": normal(rng, 7000, 0.04, 1, 3), "x_same": normal(rng, 7000, 0, 1, 3)}))
    rng = np.random.default_rng(5005)
    write("ks_asymptotic",
          pd.DataFrame({"x_shift": normal(rng, 12000, 0, 1, 3), "x_same": normal(rng, 12000, 0, 1, 3)}),
          pd.DataFrame({"x_shift": normal(rng, 11000, 0.03, 1, 3), "x_same": normal(rng, 11000, 0, 1, 3)}))
    return specs


def main():
    versions = check_versions()
    os.makedirs(OUT, exist_ok=True)
    fairness = [fairness_expected(s) for s in make_fairness()]
    drift = [drift_expected(s) for s in make_drift()]
    expected = {
        "generator": "bench/reference/crosscheck.py",
        "references": {"fairlearn": "0.12.0 (re-stated over sklearn/pandas)", "evidently": "0.7.21 (re-stated over scipy/numpy)"},
        "libraries": versions,
        "tolerance": 1e-9,
        "fairness": fairness,
        "drift": drift,
    }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, indent=1, allow_nan=False)
        f.write("\n")
    print(f"wrote {len(fairness)} fairness and {len(drift)} drift datasets to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
