#!/usr/bin/env python3
"""Writes newsgraph-code's CAMEO code table (codes, labels, Goldstein, QuadClass, PLOVER reading).

Reads the codebook tables in ../shared/data/cameo and ../shared/data/plover (never shipped themselves) and
writes newsgraph-code/src/main/resources/org/newsgraph/code/cameo-codes.tsv. Run from the repository root.
Decisions taken here (documented in the output header): Goldstein from GDELT's scale, else Phoenix's, else
the base/root code's; QuadClass 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4; PLOVER from the 2021
CAMEO→PLOVER mapping with the manual's corrections (163 and the 16x sanctions are SANCTION, root 20 is
ASSAULT, mode/context slots cleaned), 02 (appeals) → REQUEST as the PLOVER manual merges them, 01 → none;
4-digit codes without a row inherit their base code's reading.
"""
import csv, sys

cameo = list(csv.DictReader(open('../shared/data/cameo/cameo_event_codes.tsv', encoding='utf-8'), delimiter='\t'))
plover = {r['cameo_code']: r for r in csv.DictReader(open('../shared/data/plover/cameo_to_plover.tsv', encoding='utf-8'), delimiter='\t')}
by = {r['code']: r for r in cameo}

def goldstein(code):
    r = by[code]
    for k in ('goldstein_gdelt', 'goldstein_phoenix'):
        if r[k].strip():
            return float(r[k])
    for parent in (code[:3], code[:2]):
        if parent != code and parent in by:
            return goldstein(parent)
    raise SystemExit('no Goldstein for ' + code)

def quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4

MODES_OK = lambda m: m and m != 'pro_autocracy'

def plover_of(code):
    root = code[:2]
    if root == '01':
        return ('', '', '')
    if root == '02':
        return ('REQUEST', '', '')
    for c in (code, code[:3], code[:2] + '0', root):
        if c in plover:
            r = plover[c]
            ev, mode, ctx = r['plover_event'], r['plover_mode'], r['plover_context']
            if not MODES_OK(mode):
                mode = ''
            if c.startswith('16'):
                # PLOVER manual: international sanctions and cutting ties are SANCTION.
                ev = 'SANCTION'
                if c.startswith('163'):
                    mode = 'discontinue'
            if root == '20':
                ev = 'ASSAULT'
            return (ev, mode, ctx)
    if root == '20':
        return ('ASSAULT', '', '')
    raise SystemExit('no PLOVER reading for ' + code)

out = open('newsgraph-code/src/main/resources/org/newsgraph/code/cameo-codes.tsv', 'w', encoding='utf-8')
out.write('# CAMEO event codes (CAMEO 1.1b3 labels), GDELT Goldstein scale and QuadClass, and the PLOVER event, mode\n')
out.write('# and context of each code. Written by scripts/make-cameo-table.py; see NOTICE for sources and licences\n')
out.write('# (code tables: facts, GDELT cited; PLOVER columns derived from the OEDA CAMEO-to-PLOVER mapping, CC BY-SA 4.0).\n')
out.write('code\tlabel\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n')
for r in cameo:
    c = r['code']
    ev, mode, ctx = plover_of(c)
    out.write('\t'.join([c, r['label_cameo_1_1b3'].strip(), '%.1f' % goldstein(c), str(quad(c)), ev, mode, ctx]) + '\n')
out.close()
print(len(cameo), 'codes')
