// Package tabwriter: a filter that aligns tab-terminated cells into
// columns (the elastic tabstops algorithm), as Go's. A column block is
// a run of adjacent lines with a cell in that column; its width is its
// widest cell plus padding.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// The formatting flags.
const (
	FilterHTML          uint = 1 << iota // HTML tags have width 0, entities width 1
	StripEscape                          // drop Escape characters
	AlignRight                           // right-align cells
	DiscardEmptyColumns                  // treat empty columns as absent
	TabIndent                            // pad leading empty cells with tabs
	Debug                                // print a bar between columns
)

// Escape brackets text that must be taken as it is (its width excludes
// the two Escape bytes).
const Escape = '\xff'

// A cell is text between tabs: its bytes in the buffer, its width in
// runes, and whether a tab (not a \v) ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer buffers text until a newline that ends a column block (or
// Flush) and writes it aligned.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // the text of every cell not yet written
	pos     int      // end of the current cell's counted text in buf
	cell    cell     // the current, unterminated cell
	endChar byte     // the byte that ends the escape we are in, or 0
	lines   [][]cell // the cells of each buffered line
	widths  []int    // the widths of the enclosing column blocks
}

func (b *Writer) addLine() {
	b.lines = append(b.lines, []cell{})
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine()
}

// Init sets the Writer up: cells at least minwidth wide, tabwidth for
// padding with tabs, padding added to each cell, padchar the padding
// byte ('\t' means tabs, and turns AlignRight off).
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter returns a new Writer set up as Init does.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// writeError carries a write error out of the formatting code, which
// panics with it; Write and Flush recover it.
type writeError struct {
	err error
}

func (b *Writer) write0(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

// writeN writes n bytes taken cyclically from src.
func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[0:n])
}

var tabs = []byte("\t\t\t\t\t\t\t\t")

func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // no way to pad with tabs
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[0:], cellw-textw)
}

// writeLines writes lines [line0, line1) with the current column widths
// and returns the position in buf after their text.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0([]byte{'|'})
			}
			switch {
			case c.size == 0:
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
			case b.flags&AlignRight == 0:
				useTabs = false
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			default:
				useTabs = false
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// the last buffered line: its unterminated cell, no newline
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0([]byte{'\n'})
		}
	}
	return
}

// format writes lines [line0, line1), computing the width of each block
// of the next column, recursively.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// a block of this column starts here: write what comes before
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[0 : len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// terminateCell ends the current cell and returns the line's cell count.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush writes out everything buffered; call it after the last Write.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends an escaped run: escaped text counts its runes (minus
// the two Escape bytes unless they are stripped), a tag counts zero, an
// entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case '>':
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// Write buffers buf, writing out the lines of any column block that a
// newline (with a one-cell line) or a form feed ends.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.append(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.addLine()
					if ch == '\f' || ncells == 1 {
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0([]byte("---\n"))
						}
					}
				}
			case Escape:
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.append(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.append(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}
