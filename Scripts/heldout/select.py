#!/usr/bin/env python3
"""Lay out the held-out evaluation texts under $HELDOUT (default /tmp/heldout), read from ../shared.

Nothing here copies third-party text into the repository: the texts are read from ../shared and
written outside it; the hand annotation (gold) lives beside them (see README.md).
  reuters/  26 single Reuters-21578 records (development held-out set)
  blind/     8 single records annotated after development ended (scored once)
  sent/     PLOVER GSR sentences (322) and PETRARCH2 unit-test sentences (275), one file each
  noise/     6 HTML pages of sports, business, product reviews and lists (no events expected)
"""
import glob, html, json, os, re, sys

SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(__file__), "../../../shared"))
OUT = os.environ.get("HELDOUT", "/tmp/heldout")
REUTERS = [17296, 8095, 16730, 17256, 17305, 11487, 11209, 1807, 20909, 16784, 16788, 19867, 353, 262, 19456,
           19582, 15744, 17149, 7124, 5278, 20922, 15206, 17297, 13241, 8124, 5190]
BLIND = [17750, 16631, 14331, 20232, 5864, 18420, 17201, 8427]
# HTML pages (articleBody read for annotation; dossier reads the .html.gz itself)
NAEB = ["97e7c43a928f5913d2a48acbf9fddc44", "290758d6db398b74408353f2383ddeb9", "6a232afea307d596746c933a6d113b05",
        "700d03cce95246610c32f7d1ce57bf7f", "760a689778ff0602e463df9e77b4ed39", "8bf032bf2842e35ee1634803000d1e55"]
SCRAPINGHUB = ["82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574",
               "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
               "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e",
               "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730",
               "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31",
               "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
               "e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358"]
NOISE = ["naeb-article-extraction-dataset/html/afaafe2df44ca297a679041b43132253",
         "naeb-article-extraction-dataset/html/acee32d5d16eb78415bfa0229eeebf13",
         "naeb-article-extraction-dataset/html/5ffdc1bf2474a79ea001e59424cdab3a",
         "naeb-article-extraction-dataset/html/1c7bd38aaa5a1c35d079e25e96177c3b",
         "scrapinghub-article-extraction-benchmark/html/360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469",
         "scrapinghub-article-extraction-benchmark/html/921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f"]


def records():
    out = {}
    for f in sorted(glob.glob(os.path.join(SHARED, "corpora/reuters21578/reut2-*.sgm"))):
        s = open(f, encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>.*?</REUTERS>', s, re.S):
            out[int(m.group(1))] = m.group(0)
    return out


def main():
    recs = records()
    for folder, ids in (("reuters", REUTERS), ("blind", BLIND)):
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        for i in ids:
            with open(os.path.join(OUT, folder, f"r{i}.sgm"), "w", encoding="latin-1") as f:
                f.write('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + recs[i] + "\n")
    os.makedirs(os.path.join(OUT, "sent"), exist_ok=True)
    plover = json.load(open(os.path.join(SHARED, "peers/petrarch/plover-gsr/PLOVER_GSR_CAMEO.json")))
    for i, x in enumerate(plover[1:], 1):
        open(os.path.join(OUT, "sent", f"plover-{i:03d}.txt"), "w").write(x["text"].strip().strip("{}") + "\n")
    xml = open(os.path.join(SHARED, "peers/petrarch/petrarch2-unittest/PETR.UnitTest.records.xml"), encoding="latin-1").read()
    for attrs, body in re.findall(r"<Sentence (.*?)>(.*?)</Sentence>", xml, re.S):
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        rid = re.search(r'id\s*=\s*"([^"]+)"', attrs)
        if not text or not rid or rid.group(1).startswith("AFP") or rid.group(1) == "FINAL-RECORD":
            continue
        open(os.path.join(OUT, "sent", f"petr-{rid.group(1)}.txt"), "w").write(" ".join(text.group(1).split()) + "\n")
    os.makedirs(os.path.join(OUT, "noise"), exist_ok=True)
    for p in NOISE:
        src = os.path.join(SHARED, "peers/article-extraction", p + ".html.gz")
        dst = os.path.join(OUT, "noise", os.path.basename(src))
        if not os.path.exists(dst):
            os.symlink(os.path.abspath(src), dst)
    with open(os.path.join(OUT, "html.list"), "w") as f:
        for h in NAEB:
            f.write(os.path.abspath(os.path.join(SHARED, "peers/article-extraction/naeb-article-extraction-dataset/html", h + ".html.gz")) + "\n")
        for h in SCRAPINGHUB:
            f.write(os.path.abspath(os.path.join(SHARED, "peers/article-extraction/scrapinghub-article-extraction-benchmark/html", h + ".html.gz")) + "\n")
    print(f"held-out texts under {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
