#!/usr/bin/env python3
"""SciPy side of bench/analysis.sh: counts every cross-tab that Leerwerkplek tested again from the
same CSV, runs scipy.stats.chi2_contingency(correction=False) on it, and compares counts, chi2 and
p with Leerwerkplek's (agreement: 1e-9 relative or 1e-12 absolute). Prints the time SciPy took
(counting from the CSV included, reading the file excluded) and how many tables agree.

  bench/analysis_scipy.py target/bench-analysis
"""
import csv, json, sys, time
from decimal import Decimal
import numpy as np
from scipy.stats import chi2_contingency

folder = sys.argv[1]
with open(f'{folder}/responses.csv', newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
header = rows[0].keys() if rows else []
tables = [json.loads(line) for line in open(f'{folder}/crosstabs.jsonl', encoding='utf-8')]


def number(text):
    d = Decimal(text)
    s = format(d.normalize(), 'f')
    return s


def value(row, variable):
    """The category of a respondent as Leerwerkplek's ResponseTable sees it, or None."""
    if variable in row:
        cell = row[variable]
        if cell == '':
            return None
        try:
            return number(cell) if '.' in cell or cell.isdigit() else cell
        except Exception:  # noqa: BLE001 - a code, not a number
            return cell
    ranked = [c for c in header if c.startswith(variable + '.')]
    if ranked:  # a ranking: the option ranked first
        first = [c[len(variable) + 1:] for c in ranked if row[c] == '1']
        return first[0] if first else None
    return None


started = time.perf_counter()
columns = {}


def codes(variable):
    """The variable's category per respondent as strings (None when not in any base), read once."""
    if variable not in columns:
        columns[variable] = [value(row, variable) for row in rows]
    return columns[variable]


agree = count_mismatch = stat_mismatch = 0
worst = 0.0
scipy_seconds = 0.0
for t in tables:
    r_index = {c: i for i, c in enumerate(t['rows'])}
    c_index = {c: i for i, c in enumerate(t['cols'])}
    r_codes = np.array([r_index.get(v, -1) for v in codes(t['row'])])
    c_codes = np.array([c_index.get(v, -1) for v in codes(t['col'])])
    both = (r_codes >= 0) & (c_codes >= 0)
    flat = np.bincount(r_codes[both] * len(c_index) + c_codes[both], minlength=len(r_index) * len(c_index))
    counts = flat.reshape(len(r_index), len(c_index)).astype(float)
    if not np.array_equal(counts, np.array(t['counts'], dtype=float)):
        count_mismatch += 1
        if count_mismatch <= 3:
            print('counts differ:', t['row'], t['col'])
        continue
    t0 = time.perf_counter()
    result = chi2_contingency(counts, correction=False)
    scipy_seconds += time.perf_counter() - t0
    ok = True
    for mine, theirs in ((t['chi2'], result.statistic), (t['p'], result.pvalue)):
        diff = abs(mine - theirs)
        if diff > max(1e-12, 1e-9 * abs(theirs)):
            ok = False
        if theirs != 0:
            worst = max(worst, diff / abs(theirs))
    if ok:
        agree += 1
    else:
        stat_mismatch += 1
        if stat_mismatch <= 3:
            print('statistics differ:', t['row'], t['col'], t['chi2'], result.statistic, t['p'], result.pvalue)
elapsed = (time.perf_counter() - started) * 1000
print(f'scipy: tables={len(tables)} agree={agree} count-mismatch={count_mismatch} stat-mismatch={stat_mismatch} '
      f'worst-relative-difference={worst:.2e} time={elapsed:.0f} ms (counting from the CSV + chi2_contingency), '
      f'of which chi2_contingency {scipy_seconds * 1000:.0f} ms')
