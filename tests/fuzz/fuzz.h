/* fuzz.h: what the libFuzzer targets of tests/fuzz/ share.
 *
 * Each target is one file defining LLVMFuzzerTestOneInput; fuzz.c sets up
 * the collector, the VM and the standard library once per process
 * (LLVMFuzzerInitialize), so an iteration pays only for its own input.
 * replay.c is a main() that feeds files to the same function, for builds
 * without libFuzzer (the CTest regression tests, gcc). */
#ifndef GOSH_FUZZ_H
#define GOSH_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "lexer.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One-time set-up (idempotent): Boehm GC, types, VM, standard packages,
 * package os sandboxed, stdin from /dev/null. */
void fuzz_init(void);
/* The input as a Source whose text is a malloc'd copy with a NUL after
 * it and nothing more, so that AddressSanitizer sees a scanner that reads
 * past the end (a copy in the collector's heap would hide it). Free it
 * with fuzz_source_free. */
Source *fuzz_source(const uint8_t *data, size_t size, const char *name);
void fuzz_source_free(Source *src);
/* Where diagnostics and dumps go: /dev/null, or stderr when GOSH_FUZZ_VERBOSE is set. */
FILE *fuzz_out(void);
/* Runs fn(arg) on a helper thread with a 512 MB stack (as gosh compiles:
 * cli/gosh.c), reused from input to input. */
void fuzz_on_big_stack(void (*fn)(void *), void *arg);
/* The checker and compiler keep some of what they make for good (types,
 * function prototypes, package variables' cells are uncollectable), so
 * memory grows with every input checked. Called before each input: once
 * the resident size passes GOSH_FUZZ_RSS_MB (default 1536) the process
 * ends with status 0, which libFuzzer's -fork mode (tests/fuzz/run.sh)
 * takes as a job that finished: it merges what the job found and starts
 * another. Never in the replay driver. */
void fuzz_check_memory(void);
extern int fuzz_replaying;

#endif
