// Package sort: sorting slices and user-defined collections, as in Go.
//
// The algorithms are written here because they call back into the
// program (Less, Swap, the less function of Slice). Sort and Slice use
// introsort: quicksort with a median-of-three (or ninther) pivot,
// insertion sort for short runs and heapsort when the recursion gets too
// deep, so the worst case stays O(n log n). Stable and SliceStable sort
// blocks by insertion and merge them in place by rotations. The order of
// elements that compare equal may differ from Go's after an unstable
// sort. Ints, Float64s and Strings sort natively (stdlib/sort.c).
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
	n := data.Len()
	if n > 1 {
		introSort(lessSwap{data.Less, data.Swap}, 0, n)
	}
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
	n := sliceLen(x)
	if n > 1 {
		introSort(lessSwap{less, func(i, j int) { swapElems(x, i, j) }}, 0, n)
	}
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

// ---- introsort ----

func introSort(data lessSwap, a, b int) {
	depth := 0
	for i := b - a; i > 0; i >>= 1 {
		depth += 2
	}
	quickSort(data, a, b, depth)
}

// order3 sorts data[x], data[y], data[z] among themselves, leaving the
// median at y.
func order3(data lessSwap, x, y, z int) {
	if data.less(y, x) {
		data.swap(y, x)
	}
	if data.less(z, y) {
		data.swap(z, y)
		if data.less(y, x) {
			data.swap(y, x)
		}
	}
}

func quickSort(data lessSwap, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		m := int(uint(a+b) >> 1)
		if b-a > 40 {
			// the median of three medians of three
			s := (b - a) / 8
			order3(data, a, a+s, a+2*s)
			order3(data, m-s, m, m+s)
			order3(data, b-1-2*s, b-1-s, b-1)
			order3(data, a+s, m, b-1-s)
		} else {
			order3(data, a, m, b-1)
		}
		// The pivot waits at a while the rest is split: [a+1, i) holds
		// nothing greater than it, (j, b) nothing less. Both scans stop
		// at elements equal to the pivot, which keeps runs of equal
		// elements from making the split lopsided.
		data.swap(a, m)
		i, j := a+1, b-1
		for {
			for i <= j && data.less(i, a) {
				i++
			}
			for i <= j && data.less(a, j) {
				j--
			}
			if i >= j {
				break
			}
			data.swap(i, j)
			i++
			j--
		}
		data.swap(a, j)
		// recurse into the smaller side, loop on the larger
		if j-a < b-j-1 {
			quickSort(data, a, j, depth)
			a = j + 1
		} else {
			quickSort(data, j+1, b, depth)
			b = j
		}
	}
	insertionSort(data, a, b)
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
