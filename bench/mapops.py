# mapops: hash-map workload (see mapops.go). Maps are dicts.
import sys


def int_keys(n):
    m = {}
    for i in range(n):
        m[i * 3] = i
    hits = 0
    total = 0
    for i in range(n * 3):
        v = m.get(i)
        if v is not None:
            hits += 1
            total += v
    for i in range(0, n, 2):
        del m[i * 3]
    count = 0
    ksum = 0
    for k, v in m.items():
        count += 1
        ksum += k - v
    sys.stdout.write("int keys: hits=%d sum=%d count=%d ksum=%d\n" % (hits, total, count, ksum))


def string_keys(n):
    keys = [""] * n
    for i in range(n):
        keys[i] = "key" + str(i)
    m = {}
    for i in range(0, n, 2):
        m[keys[i]] = i
    hits = 0
    total = 0
    for _ in range(2):
        for i in range(n):
            v = m.get(keys[i])
            if v is not None:
                hits += 1
                total += v
    for i in range(0, n, 6):
        m[keys[i]] += 1
    for i in range(0, n, 4):
        del m[keys[i]]
    count = 0
    vsum = 0
    klen = 0
    for k, v in m.items():
        count += 1
        vsum += v
        klen += len(k)
    sys.stdout.write("string keys: hits=%d sum=%d count=%d vsum=%d klen=%d\n" % (hits, total, count, vsum, klen))


def main():
    n = 200000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    int_keys(n)
    string_keys(n)


if __name__ == "__main__":
    main()
