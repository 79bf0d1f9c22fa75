#!/usr/bin/env python3
"""Run a probe file (bench/probes/*.tsv: sentence, tab, expected mentions "value|unit|qualifier[|change]", change "none" for no change,
joined by " ; ", a range "low..high"; "none" for a sentence with no quantity, dates aside) through `crosscheck extract --format jsonl` and print
each sentence whose mentions differ, then the count.

Usage: bench/probe_tsv.py PROBE.tsv [BINARY]   (BINARY defaults to target/release/crosscheck)
"""
import json, subprocess, sys
probe = sys.argv[1]
binary = sys.argv[2] if len(sys.argv) > 2 else 'target/release/crosscheck'
rows = []
for line in open(probe, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    text, exp = line.split('\t')
    mentions = []
    for m in ([] if exp.strip() == 'none' else exp.split(' ; ')):
        parts = m.strip().split('|')
        v = parts[0]
        val = tuple(float(x) for x in v.split('..')) if '..' in v else float(v)
        mentions.append((val, parts[1], parts[2], parts[3] if len(parts) > 3 else None))
    rows.append((text, mentions))
inp = '\n'.join(t for t, _ in rows) + '\n'
out = subprocess.run([binary, 'extract', '--format', 'jsonl', '-'], input=inp.encode(), capture_output=True).stdout.decode()
got = {}
for l in out.splitlines():
    d = json.loads(l)
    if 'date' in d:
        continue
    got.setdefault(d['line'], []).append(d)
def same(a, b):
    return abs(a - b) <= 1e-3 * max(1, abs(b))
def match(e, d):
    val, unit, qual, ch = e
    v = d['value']
    if isinstance(val, tuple):
        # a range's ends in either order: "fell from 2.4m to 2.1m" may be written 2400000..2100000
        if not isinstance(v, list) or not (same(min(v), min(val)) and same(max(v), max(val))):
            return 'value'
    else:
        if isinstance(v, list) or not same(v, val):
            return 'value'
    if (d.get('unit') or '-') != unit:
        return 'unit'
    if d['qualifier'] != qual:
        return 'qual'
    if ch == 'none':
        if d.get('change'):
            return 'change'
    elif ch and d.get('change') != ch:
        return 'change'
    return None
fails = 0
for i, (text, exp) in enumerate(rows, 1):
    ds = got.get(i, [])
    used = set(); probs = []
    for e in exp:
        best = None
        for j, d in enumerate(ds):
            if j in used: continue
            r = match(e, d)
            if r is None:
                best = (j, None); break
            if best is None or r != 'value': best = best or (j, r)
        if best and best[1] is None:
            used.add(best[0])
        else:
            probs.append('missing %s' % (e,))
    extra = [d for j, d in enumerate(ds) if j not in used]
    if extra: probs.append('extra')
    if probs:
        fails += 1
        print('FAIL %s\n   exp %s\n   got %s' % (text, exp, ' ; '.join('%s|%s|%s|%s' % (d['value'], d.get('unit','-'), d['qualifier'], d.get('change','')) for d in ds)))
print('%d of %d failed' % (fails, len(rows)))
