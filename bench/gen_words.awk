# gen_words.awk: the input of the wordcount benchmark, MB megabytes of
# text whose words follow a skewed (roughly Zipf-like) distribution.
# Deterministic: the same MB gives the same bytes under any awk.
#   awk -v mb=50 -f gen_words.awk > words.txt
BEGIN {
    split("ka lo mi ne su ta re vo pi da ge hu zo be fa ri mu te na so", syl, " ")
    x = 1
    limit = mb * 1024 * 1024
    size = 0
    while (size < limit) {
        x = (x * 75 + 74) % 65537
        n = 1 + x % 12
        line = ""
        for (i = 0; i < n; i++) {
            x = (x * 75 + 74) % 65537
            r = x / 65537
            idx = int(r * r * r * 3000)
            w = ""
            do {
                w = w syl[1 + idx % 20]
                idx = int(idx / 20)
            } while (idx > 0)
            line = (i ? line " " : "") w
        }
        print line
        size += length(line) + 1
    }
}
