#!/usr/bin/env python3
"""Write a large relationship graph in the DOT that `dyad build` writes, for render benchmarks.

usage: make-graph.py OUT.dot ACTORS PAIRS [--seed N]

Nodes and edges carry the same attributes as graph.dot (labels with counts and dates, widths,
Goldstein colours, tooltips), and, like Dyad's DOT for graphs too large for `dot`, straight
edges (splines="false"). Deterministic for a given seed.
"""
import random
import sys


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip())
        return 2
    out, actors, pairs = argv[1], int(argv[2]), int(argv[3])
    rng = random.Random(int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1)
    codes = [f"A{index:03d}" for index in range(actors)]
    edges = set()
    while len(edges) < pairs:
        a, b = sorted(rng.sample(codes, 2))
        edges.add((a, b))
    lines = ['graph "dyad" {',
             '  graph [fontname="DejaVu Sans", fontsize=11, overlap="false", splines="false", outputorder="edgesfirst"];',
             '  node [fontname="DejaVu Sans", shape="box", style="rounded,filled", fillcolor="#eef2f8"];',
             '  edge [fontname="DejaVu Sans", fontsize=10];']
    for code in codes:
        lines.append(f'  "{code}" [id="actor_{code}", label="Actor {code}", fontsize={rng.randint(11, 18)}, tooltip="{code}"];')
    for a, b in sorted(edges):
        count = rng.randint(1, 12)
        colour = rng.choice(["#8c8c8c", "#c0392b", "#278c50", "#a66a5f"])
        lines.append(f'  "{a}" -- "{b}" [id="pair_{a}_{b}", label="{count} events\\n2021-0{rng.randint(1, 9)} – 2023-1{rng.randint(0, 2)}", '
                     f'penwidth={1 + count * 0.75:.2f}, color="{colour}", tooltip="{a} – {b}"];')
    lines.append("}")
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
