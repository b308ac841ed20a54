# loop: nested integer loops (see loop.go)
import sys


def main():
    n = 12000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    total = 0
    for i in range(n):
        for j in range(n):
            x = (i * j) % 7
            if x > 3:
                total += x
            else:
                total -= 1
    sys.stdout.write("loop(%d) = %d\n" % (n, total))


if __name__ == "__main__":
    main()
