#!/usr/bin/env python3
"""Prints where `crosscheck extract` misses on the TUNING part of the NewsQuant dev set
(sentences whose index % 5 != 4; the held-out part is never printed).

Usage: [CARGO_TARGET_DIR=...] bench/newsquant_misses.py [--units] [--values] [--quals] [--held-out] [GOLD.json]
--held-out prints the held-out part instead. It was read from session 6 on, after its
unseen-text score had been recorded (docs/extract-log.md); from then on the held-back blind
sets g and h are the only text never read.
With GOLD.json (a file in the same format, e.g. tests/fixtures/extract/blind/a.json), every
sentence of that file is shown instead; the held-back blind sets
(HELD_BACK) and real pages (HELD_BACK_REAL, listed below) are refused.
For each tune sentence with a miss: the sentence, then per gold quantity either
  UNIT  gold value, gold unit (normalised) vs the predicted unit (normalised) for the same value
  VALUE gold value and unit that no prediction matched
  QUAL  gold change vs predicted change/qualifier
and predictions that matched no gold value (EXTRA). Units are compared with the shared
scorer's own normaliser, imported from ../shared/bench/newsquant_score.py.
A summary counts (gold unit, predicted unit) pairs of unit misses.
"""
import collections, importlib.util, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
DEV = os.path.join(SHARED, "data", "newsquant", "dev.json")
SCORER = os.path.join(SHARED, "bench", "newsquant_score.py")
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "crosscheck")
# Blind sets kept as a measure of unseen text: their misses are not printed.
HELD_BACK = {"g.json", "h.json", "l.json"}
# Real pages kept as a measure of unseen text (tests/fixtures/extract/real/README.md).
HELD_BACK_REAL = {"pages_b.json", "pages_d.json", "pages_f.json", "pages_n.json", "pages_p.json", "pages_r.json", "pages_t.json", "pages_v.json", "pages_x.json", "pages_z.json", "pages_ab.json", "pages_ad.json", "pages_af.json", "pages_ah.json", "pages_aj.json", "pages_al.json", "pages_an.json", "pages_ap.json", "pages_ar.json", "pages_at.json", "pages_av.json", "pages_ax.json", "pages_az.json", "pages_bb.json", "pages_bd.json", "pages_bf.json", "pages_bh.json", "pages_bj.json", "pages_bl.json", "pages_bn.json", "pages_br.json", "pages_bp.json", "pages_bt.json", "pages_bv.json", "pages_bx.json", "pages_bz.json", "pages_cb.json", "pages_cd.json", "pages_cf.json", "pages_ch.json", "pages_cj.json", "pages_cl.json", "pages_cn.json", "pages_cp.json", "pages_cr.json", "pages_ct.json", "pages_cv.json", "pages_cx.json", "pages_cz.json", "pages_db.json", "pages_dd.json", "pages_df.json", "pages_dh.json", "pages_dj.json", "pages_dl.json", "pages_dn.json", "pages_dr.json", "pages_dt.json", "pages_dp.json", "pages_dv.json", "pages_dx.json", "pages_eb.json", "pages_dz.json", "pages_eh.json", "pages_ef.json", "pages_ed.json", "pages_en.json", "pages_ej.json", "pages_el.json", "pages_et.json", "pages_er.json", "pages_ep.json", "pages_ev.json", "pages_ex.json", "pages_fb.json", "pages_fd.json", "pages_ez.json", "pages_ff.json", "pages_fh.json", "pages_fj.json", "pages_fl.json", "pages_fn.json", "pages_fr.json", "pages_fp.json", "pages_fx.json", "pages_fv.json", "pages_ft.json", "pages_fz.json", "pages_gb.json", "pages_gf.json", "pages_gd.json", "pages_gj.json", "pages_gh.json", "pages_gl.json", "pages_gn.json", "pages_gp.json", "pages_gr.json", "pages_gx.json", "pages_gt.json", "pages_gv.json", "pages_hb.json", "pages_gz.json", "pages_hd.json"}


def predict(gold):
    """The extractor's mentions (JSON lines, with a value) for each gold sentence, in order:
    the sentences are written one per line to a temporary file and read back by line."""
    text = "".join(e["text"].replace("\n", " ") + "\n" for e in gold)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    out = subprocess.run([BIN, "extract", "--format", "jsonl", path], capture_output=True, text=True, check=True)
    os.unlink(path)
    preds = [[] for _ in gold]
    for ln in out.stdout.splitlines():
        d = json.loads(ln)
        i = int(d["line"]) - 1
        if "value" in d and 0 <= i < len(gold):
            preds[i].append(d)
    return preds


def main():
    args = set(a for a in sys.argv[1:] if a.startswith("--"))
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = {k for k in ("units", "values", "quals") if f"--{k}" in args} or {"units", "values", "quals"}
    spec = importlib.util.spec_from_file_location("scorer", SCORER)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    if files and os.path.basename(files[0]) in HELD_BACK_REAL:
        sys.exit(f"{files[0]} is held back: it is scored, never read for rules "
                 "(tests/fixtures/extract/real/README.md)")
    if files and os.path.basename(files[0]) in HELD_BACK and "blind" in files[0]:
        sys.exit(f"{files[0]} is held back: it is scored, never read for rules "
                 "(tests/fixtures/extract/blind/README.md)")
    if files:
        gold = json.load(open(files[0], encoding="utf-8"))
    else:
        part = 4 if "--held-out" in args else None
        gold = [e for i, e in enumerate(json.load(open(DEV, encoding="utf-8")))
                if (i % 5 == 4) == (part == 4)]
    preds = predict(gold)
    pairs = collections.Counter()
    for i, (ex, ps) in enumerate(zip(gold, preds)):
        lines = []
        used = set()
        for g in ex["quantities"]:
            gv = sc.gold_value(g["value"])
            gu = g.get("normalized_unit", "").lower()
            same = [(j, p) for j, p in enumerate(ps) if sc.vmatch(gv, sc.pred_value(p["value"]))]
            if not same:
                if "values" in show:
                    lines.append(f"  VALUE {g['value']} {gu!r} ({g.get('unit')!r})")
                continue
            used.update(j for j, _ in same)
            units = [sc.norm_unit(p.get("unit")) for _, p in same]
            if gu not in units and "units" in show:
                lines.append(f"  UNIT  {g['value']} gold={gu!r} pred={units} text={[p['text'] for _, p in same]}")
                pairs[(gu, units[0])] += 1
            q = [p.get("change") or sc.QUAL.get(str(p.get("qualifier", "eq")).lower(), "=") for _, p in same]
            if g.get("change") not in q and "quals" in show:
                lines.append(f"  QUAL  {g['value']} gold={g.get('change')!r} pred={q} text={[p['text'] for _, p in same]}")
        if "values" in show:
            for j, p in enumerate(ps):
                if j not in used:
                    lines.append(f"  EXTRA {p['value']} {p.get('unit')!r} text={p['text']!r}")
        if lines:
            print(f"[{i}] {ex['text']}")
            print("\n".join(lines))
    if "units" in show:
        print("\nunit misses (gold, predicted):")
        for (g, p), n in pairs.most_common():
            print(f"  {n:3} {g!r} <- {p!r}")


if __name__ == "__main__":
    main()
