# binarytrees: the Benchmarks Game binary-trees (see binarytrees.go).
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth <= 0:
        return Node()
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


def main():
    n = 16
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    min_depth = 4
    max_depth = n
    if min_depth + 2 > n:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    sys.stdout.write("stretch tree of depth %d\t check: %d\n" % (stretch, bottom_up(stretch).check()))
    long_lived = bottom_up(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        iters = 1 << (max_depth - d + min_depth)
        c = 0
        for _ in range(iters):
            c += bottom_up(d).check()
        sys.stdout.write("%d\t trees of depth %d\t check: %d\n" % (iters, d, c))
    sys.stdout.write("long lived tree of depth %d\t check: %d\n" % (max_depth, long_lived.check()))


main()
