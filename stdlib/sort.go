// Package sort: sorting slices and user-defined collections, as in Go.
//
// The algorithms are written here because they call back into the
// program (Less, Swap, the less function of Slice). Sort and Slice use
// Go 1.19's pattern-defeating quicksort, step for step, so that even
// elements that compare equal end up where Go puts them. Stable and
// SliceStable sort blocks by insertion and merge them in place by
// rotations. Ints, Float64s and Strings sort natively (stdlib/sort.c).
package sort

// A type that satisfies sort.Interface can be sorted by the routines in
// this package; the methods refer to elements by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is what the algorithms work with: two functions over indexes.
type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
}

// Natives: the length of any slice, and swapping two of its elements
// (both panic, as Go's reflection does, when x is not a slice).
func sliceLen(x any) int
func swapElems(x any, i, j int)

func sortInts(x []int)
func sortFloat64s(x []float64)
func sortStrings(x []string)

// Sort sorts data in increasing order of Less; it is not stable.
func Sort(data Interface) {
	pdqsortAll(lessSwap{data.Less, data.Swap}, data.Len())
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Slice sorts the slice x with the function less; it is not stable.
func Slice(x any, less func(i, j int) bool) {
	pdqsortAll(lessSwap{less, func(i, j int) { swapElems(x, i, j) }}, sliceLen(x))
}

// SliceStable sorts the slice x with less, keeping equal elements in
// their original order.
func SliceStable(x any, less func(i, j int) bool) {
	stable(lessSwap{less, func(i, j int) { swapElems(x, i, j) }}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// ---- pattern-defeating quicksort ----
//
// The algorithm of Go 1.19's sort (pdqsort), step for step, so that
// elements that compare equal end up in the same order as under Go:
// programs that sort by one key and print print the same lines.

// bitLen is the number of bits needed to write n (math/bits.Len).
func bitLen(n int) int {
	k := 0
	for u := uint(n); u != 0; u >>= 1 {
		k++
	}
	return k
}

func pdqsortAll(data lessSwap, n int) {
	if n > 1 {
		pdqsort(data, 0, n, bitLen(n))
	}
}

// What choosePivot saw of the order around its samples.
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// pdqsort sorts data[a:b]; limit bounds the bad pivot choices allowed
// before it falls back to heapsort.
func pdqsort(data lessSwap, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint && partialInsertionSort(data, a, b) {
			return
		}
		// a pivot no greater than the element before this range: all
		// that equals it can be set aside in one pass
		if a > 0 && !data.less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, splits the rest into less-than and
// not-less-than, puts the pivot between them and returns its index, and
// whether nothing had to move.
func partition(data lessSwap, a, b, pivot int) (int, bool) {
	data.swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.less(i, a) {
		i++
	}
	for i <= j && !data.less(j, a) {
		j--
	}
	if i > j {
		data.swap(j, a)
		return j, true
	}
	data.swap(i, j)
	i++
	j--
	for {
		for i <= j && data.less(i, a) {
			i++
		}
		for i <= j && !data.less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.swap(i, j)
		i++
		j--
	}
	data.swap(j, a)
	return j, false
}

// partitionEqual gathers the elements equal to the pivot at the front and
// returns where the rest begins.
func partitionEqual(data lessSwap, a, b, pivot int) int {
	data.swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.less(a, i) {
			i++
		}
		for i <= j && data.less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes a nearly sorted range with a few shifts and
// reports whether it is sorted now; it gives up after five.
func partialInsertionSort(data lessSwap, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.swap(i, i-1)
		// (the lower bound is 1, not a, in Go's too)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.less(k, k-1); k-- {
				data.swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && data.less(k, k-1); k++ {
				data.swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements near the middle with pseudo-random
// others, seeded by the length, to break up inputs that defeat the pivot.
func breakPatterns(data lessSwap, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + n/4*2 - 1; idx <= a+n/4*2+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.swap(idx, a+other)
	}
}

// choosePivot takes the median of three samples (of three medians of
// three, past 50 elements) and says whether the samples looked sorted:
// no swaps needed, or every comparison swapped.
func choosePivot(data lessSwap, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered by less, counting a swap.
func order2(data lessSwap, a, b int, swaps *int) (int, int) {
	if data.less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data lessSwap, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, _ = order2(data, b, c, swaps)
	_, b = order2(data, a, b, swaps)
	return b
}

func medianAdjacent(data lessSwap, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.less(j, j-1); j-- {
			data.swap(j, j-1)
		}
	}
}

// siftDown moves the element at root down the max-heap data[lo:hi]
// (indexes relative to first) to its place.
func siftDown(data lessSwap, root, hi, first int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.less(first+child, first+child+1) {
			child++
		}
		if !data.less(first+root, first+child) {
			return
		}
		data.swap(first+root, first+child)
		root = child
	}
}

func heapSort(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i > 0; i-- {
		data.swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// ---- stable sort ----

func stable(data lessSwap, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block)
	}
	insertionSort(data, a, n)
	for size := block; size < n; size *= 2 {
		for a = 0; a+2*size <= n; a += 2 * size {
			merge(data, a, a+size, a+2*size)
		}
		if a+size < n {
			merge(data, a, a+size, n)
		}
	}
}

// merge merges the sorted runs data[a:m] and data[m:b] without a buffer:
// it splits the longer run in half, finds where that middle element goes
// in the other run, rotates the two inner pieces past each other and
// merges the two halves that result.
func merge(data lessSwap, a, m, b int) {
	for a < m && m < b {
		if b-a == 2 {
			if data.less(m, a) {
				data.swap(a, m)
			}
			return
		}
		var cut1, cut2 int
		if m-a >= b-m {
			// the first element of data[m:b] not less than data[cut1]
			cut1 = a + (m-a)/2
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.less(h, cut1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			cut2 = lo
		} else {
			// the first element of data[a:m] greater than data[cut2]
			cut2 = m + (b-m)/2
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.less(cut2, h) {
					hi = h
				} else {
					lo = h + 1
				}
			}
			cut1 = lo
		}
		rotate(data, cut1, m, cut2)
		mid := cut1 + (cut2 - m)
		// recurse into the smaller piece, loop on the larger
		if mid-a < b-mid {
			merge(data, a, cut1, mid)
			a, m = mid, cut2
		} else {
			merge(data, mid, cut2, b)
			m, b = cut1, mid
		}
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b], by reversing each
// and then the whole.
func rotate(data lessSwap, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

func reverseRange(data lessSwap, a, b int) {
	for b--; a < b; a, b = a+1, b-1 {
		data.swap(a, b)
	}
}

// ---- searching ----

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false and then true; n if there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts returns where x is, or would be inserted, in the sorted a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// ---- convenience types ----

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { sortInts(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { sortFloat64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { sortStrings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { sortInts(x) }

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64) { sortFloat64s(x) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { sortStrings(x) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
