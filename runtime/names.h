/* names.h: objects named as the program's source names them (design §9).
 *
 * A channel after what `x := make(chan T)` assigns it to, or after the X
 * of the operations on it (`X <- v`, `<-X`, `range X`); a mutex,
 * WaitGroup or Cond after the receiver of a call of its methods
 * (`accounts[i].mu.Lock()`). Read from the text of source lines: the
 * trace's writer and the deadlock report's wait-for graph share them. */
#ifndef GOSH_NAMES_H
#define GOSH_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* From the line that made a channel: false when it names none. */
bool name_from_make_line(const char *line, size_t len, char *out, size_t size);
/* From a line whose channel operations are all on the same X. */
bool name_from_chan_op(const char *line, size_t len, char *out, size_t size);
/* From a line that calls a method of a sync object. */
bool name_from_sync_call(const char *line, size_t len, char *out, size_t size);

/* The program's sources, for reports that quote or parse its lines. The
 * text must live as long as the run. */
void rt_add_source(const char *name, const char *text, size_t len);
/* Line [line] of [file] (matched by path, else by base name), or NULL. */
const char *rt_source_line(const char *file, int line, size_t *len);
const char *rt_base_name(const char *path);

#endif
