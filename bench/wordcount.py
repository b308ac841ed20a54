# wordcount: the same program as wordcount.go (see there).
import sys


def main():
    counts = {}
    lines = 0
    words = 0
    for line in sys.stdin:
        lines += 1
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
            words += 1
    keys = sorted(counts, key=lambda w: (-counts[w], w))
    print("lines", lines, "words", words, "distinct", len(counts))
    for w in keys[:10]:
        print(w, counts[w])


main()
