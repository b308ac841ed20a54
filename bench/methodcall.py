# methodcall: an object with a counter and a method, called n times
# (see methodcall.go).
import sys


class Counter:
    __slots__ = ("count", "step")

    def __init__(self, step):
        self.count = 0
        self.step = step

    def add(self, k):
        self.count += k * self.step


def main():
    n = 10000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    c = Counter(3)
    for i in range(n):
        c.add(i & 7)
    print("count:", c.count)


main()
