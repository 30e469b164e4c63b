#!/usr/bin/env python3
"""The reference of bench/analysis-server.sh: what an analyst does with the same data without
Leerwerkplek. pandas reads the response CSV (the very file imported), then every cross-tab of each
subgroup question with every other closed column (a column of at most 40 distinct values, free
texts and the response's own columns left out) is counted with pandas.crosstab and tested with
scipy.stats.chi2_contingency. Prints the time of reading, of the cross-tabs, and in all.

  bench/analysis_reference.py responses.csv Q02_GROOTTE,Q04_HOOFDACTIVITEIT,Q05_REGIO,Q30_AMBITIE
"""
import sys, time
import pandas as pd
from scipy.stats import chi2_contingency

path, subgroups = sys.argv[1], sys.argv[2].split(',')
own = {'response_id', 'version', 'status', 'channel', 'submitted_at'}
started = time.perf_counter()
data = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[''])
read = time.perf_counter()
columns = [c for c in data.columns if c not in own and '#' not in c and data[c].nunique() <= 40]
tables = tested = 0
for subgroup in subgroups:
    for column in columns:
        if column == subgroup:
            continue
        counts = pd.crosstab(data[subgroup], data[column])
        tables += 1
        if counts.shape[0] > 1 and counts.shape[1] > 1:
            chi2_contingency(counts.to_numpy(), correction=False)
            tested += 1
done = time.perf_counter()
print(f'reference: pandas {pd.__version__} read_csv {1000 * (read - started):.0f} ms, {tables} cross-tabs '
      f'({tested} tested with chi2_contingency) {1000 * (done - read):.0f} ms, in all {1000 * (done - started):.0f} ms')
print(f'REFERENCE_MS={1000 * (done - started):.0f}')
