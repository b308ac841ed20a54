# fib: recursive Fibonacci (see fib.go)
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 32
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    sys.stdout.write("fib(%d) = %d\n" % (n, fib(n)))


if __name__ == "__main__":
    main()
