# strings: string building and manipulation (see strings.go)
import sys


def main():
    n = 120000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    parts = []
    total = 0
    found = 0
    commas = 0
    digits = 0
    nfields = 0
    for i in range(n):
        s = ""
        for j in range(1, 13):
            s += str(i * j) + ","
        fields = s.split(",")
        nfields += len(fields)
        for k in range(len(fields)):
            f = fields[k]
            if len(f) > 0:
                v = int(f)
                total += v % 1000
        if "77" in s:
            found += 1
        for k in range(len(s)):
            c = ord(s[k])
            if c == 44:  # ','
                commas += 1
            else:
                digits += c - 48  # '0'
        pad = "-" * (i % 7)
        parts.append(pad + fields[i % 12])
    joined = "|".join(parts)
    h = 0
    for k in range(len(joined)):
        h = (h * 31 + ord(joined[k])) % 1000000007
    back = joined.split("|")
    sys.stdout.write("total=%d found=%d commas=%d digits=%d fields=%d\n" % (total, found, commas, digits, nfields))
    sys.stdout.write("joined=%d hash=%d parts=%d last=%s\n" % (len(joined), h, len(back), back[-1]))


if __name__ == "__main__":
    main()
