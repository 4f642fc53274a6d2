"""Independent reference values for the statistics tests (mpmath, 30 digits).

Run: python3 reference_values.py. Each block prints the figures pasted into the C# tests; the formulas are written
from the textbook definitions, not from the C# code, so a shared mistake is unlikely.
"""
from mpmath import mp, mpf, sqrt, erfc, erfinv, betainc, gammainc, findroot, inf

mp.dps = 30


def norm_q(p):
    return sqrt(2) * erfinv(2 * p - 1)


def t_cdf(t, df):
    x = df / (df + t * t)
    tail = betainc(df / 2, mpf(1) / 2, 0, x, regularized=True) / 2
    return 1 - tail if t > 0 else tail


def t_q(p, df):
    return findroot(lambda x: t_cdf(x, df) - p, norm_q(p))


def two_sided_normal(z):
    return erfc(abs(z) / sqrt(2))


print("qnorm(0.975) =", norm_q(mpf("0.975")))
print("qnorm(0.995) =", norm_q(mpf("0.995")))
print("qnorm(1e-10) =", norm_q(mpf("1e-10")))
for p, df in [("0.975", 10), ("0.975", 1), ("0.95", 5), ("0.975", 30), ("0.995", 3)]:
    print(f"qt({p}, {df}) =", t_q(mpf(p), df))
print("pt(2.5, 7) =", t_cdf(mpf("2.5"), 7))
print("pchisq(3.841458820694124, 1) =", gammainc(mpf(1) / 2, 0, mpf("3.841458820694124") / 2, regularized=True))
print("pchisq(10, 4) upper =", gammainc(2, mpf(10) / 2, inf, regularized=True))


def wilson(x, n, conf="0.95"):
    z = norm_q(1 - (1 - mpf(conf)) / 2)
    p = mpf(x) / n
    den = 1 + z * z / n
    c = (p + z * z / (2 * n)) / den
    h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return c - h, c + h


print("wilson(81, 263) =", wilson(81, 263))
print("wilson(0, 10) =", wilson(0, 10))
print("wilson(10, 10) =", wilson(10, 10))
print("wilson(81, 263, 0.99) =", wilson(81, 263, "0.99"))


def chisq(table):
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table)]
    n = sum(rows)
    x2 = sum((mpf(table[i][j]) - mpf(rows[i]) * cols[j] / n) ** 2 / (mpf(rows[i]) * cols[j] / n)
             for i in range(len(rows)) for j in range(len(cols)))
    df = (len(rows) - 1) * (len(cols) - 1)
    return x2, gammainc(mpf(df) / 2, x2 / 2, inf, regularized=True), df


print("chisq([[20,30],[40,10]]) =", chisq([[20, 30], [40, 10]]))
print("chisq([[10,20,30],[20,20,20]]) =", chisq([[10, 20, 30], [20, 20, 20]]))


def two_prop(x1, n1, x2, n2):
    p = mpf(x1 + x2) / (n1 + n2)
    z = (mpf(x1) / n1 - mpf(x2) / n2) / sqrt(p * (1 - p) * (mpf(1) / n1 + mpf(1) / n2))
    return z, two_sided_normal(z)


print("twoprop(20,50,40,50) =", two_prop(20, 50, 40, 50))


def mann_whitney(a, b):
    u = sum((1 if x > y else mpf(1) / 2 if x == y else 0) for x in a for y in b)
    n1, n2 = len(a), len(b)
    n = n1 + n2
    allv = list(a) + list(b)
    ties = sum(mpf(allv.count(v)) ** 3 - allv.count(v) for v in set(allv))
    var = mpf(n1 * n2) / 12 * ((n + 1) - ties / (n * (n - 1)))
    d = u - mpf(n1 * n2) / 2
    z = (d - (mpf(1) / 2 if d > 0 else -mpf(1) / 2 if d < 0 else 0)) / sqrt(var)
    return u, z, two_sided_normal(z)


# Hollander & Wolfe (1973, p. 69), the example in R's ?wilcox.test: W = 35.
hw_x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]
hw_y = [1.15, 0.88, 0.90, 0.74, 1.21]
print("mw(HW) =", mann_whitney(hw_x, hw_y))
print("mw(ties) =", mann_whitney([1, 2, 2, 3, 3, 3, 4, 5], [3, 4, 4, 5, 5, 5, 5]))


def mann_kendall(x):
    n = len(x)
    s = sum((x[j] > x[i]) - (x[j] < x[i]) for i in range(n) for j in range(i + 1, n))
    groups = [x.count(v) for v in set(x)]
    var = (mpf(n) * (n - 1) * (2 * n + 5) - sum(mpf(t) * (t - 1) * (2 * t + 5) for t in groups)) / 18
    z = (s - (1 if s > 0 else -1 if s < 0 else 0)) / sqrt(var) if s != 0 else mpf(0)
    pairs = mpf(n) * (n - 1) / 2
    tau = s / sqrt(pairs * (pairs - sum(mpf(t) * (t - 1) / 2 for t in groups)))
    slopes = sorted(mpf(x[j] - x[i]) / (j - i) for i in range(n) for j in range(i + 1, n))
    m = len(slopes)
    slope = slopes[m // 2] if m % 2 else (slopes[m // 2 - 1] + slopes[m // 2]) / 2
    xs = sorted(x)
    med = xs[n // 2] if n % 2 else (mpf(xs[n // 2 - 1]) + xs[n // 2]) / 2
    tmed = mpf(n - 1) / 2
    return s, var, z, two_sided_normal(z), tau, slope, med - slope * tmed


print("mk(a) =", mann_kendall([10, 12, 11, 14, 15, 13, 17, 18, 16, 20]))
print("mk(ties) =", mann_kendall([5, 5, 6, 5, 7, 7, 8, 6, 9, 9, 9, 10]))


def bh(p):
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    adj = [0] * m
    running = mpf(1)
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, mpf(p[i]) * m / rank)
        adj[i] = running
    return adj


# Benjamini & Hochberg (1995), section 4: the 15 p-values of the myocardial-infarction example.
bh95 = ["0.0001", "0.0004", "0.0019", "0.0095", "0.0201", "0.0278", "0.0298", "0.0344", "0.0459", "0.3240",
        "0.4262", "0.5719", "0.6528", "0.7590", "1.000"]
print("bh(1995) =", [mp.nstr(v, 12) for v in bh([mpf(v) for v in bh95])])
