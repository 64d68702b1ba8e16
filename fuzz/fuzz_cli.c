/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target cli: the cxlmb tool's argument, number, hex and @file parsing and
 * its text/JSON printer.
 *
 * Input: argument strings separated by NUL bytes; the first byte of the
 * input also picks the command whose printer is checked.
 *   1. the strings as the arguments of `cxlmb decode` (an @file argument
 *      reads a file holding the whole input; nothing else is opened);
 *   2. every string through the opcode, return-code and number parsers,
 *      help detection and the escaper (printable, bounded output);
 *   3. every string as a hex payload, decoded as a request and a response
 *      of the picked command and printed as text and as JSON: the JSON must
 *      parse, name nothing twice in an object and carry as many values as
 *      the text form prints. */
#define _GNU_SOURCE /* memfd_create, open_memstream */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"
#include "fuzz_target.h"
#include "json_check.h"

#define ARGS_MAX 12

static char file_arg[64] = "@";
static int file_fd = -1;

/* Once: stdout goes nowhere (the decoder prints there), and an in-memory
 * file the @file arguments read. */
static void setup(void)
{
	if (file_fd >= 0)
		return;
	FUZZ_CHECK(freopen("/dev/null", "w", stdout) != NULL);
	file_fd = memfd_create("cxlmb-fuzz-cli", 0);
	FUZZ_CHECK(file_fd >= 0);
	snprintf(file_arg, sizeof(file_arg), "@/proc/self/fd/%d", file_fd);
}

/* Value lines of the text form (as tests/cli_json_corpus.py counts them). */
static long text_values(const char *s)
{
	long n = 0;
	for (const char *line = s; *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		const char *p = line;
		while (p < line + len && *p == ' ')
			p++;
		if (p > line && p < line + len && *p != '[') {
			bool header = len >= 8 && (!memcmp(line + len - 8, " entries", 8) ||
						   (len >= 6 && !memcmp(line + len - 6, " entry", 6)));
			n += !header;
		}
		line += len + (nl ? 1 : 0);
		if (!nl)
			break;
	}
	return n;
}

static void print_checked(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const uint8_t *buf,
			  size_t len, unsigned flags)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	char *js = NULL, *tx = NULL;
	size_t jn = 0, tn = 0;

	if (cxlmb_cmd_decode(c, dir, buf, len, flags, val) != CXLMB_E_OK)
		return;
	FILE *jf = open_memstream(&js, &jn), *tf = open_memstream(&tx, &tn);
	FUZZ_CHECK(jf && tf);
	cli_print_decoded(jf, c, dir, val, flags, true);
	cli_print_decoded(tf, c, dir, val, flags, false);
	fclose(jf);
	fclose(tf);
	long leaves = json_check(js, jn);
	FUZZ_CHECK(leaves >= 0);                /* valid, no duplicate name */
	FUZZ_CHECK(leaves == text_values(tx)); /* lossless */
	free(js);
	free(tx);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy, *argv[ARGS_MAX + 1];
	int argc = 0;

	setup();
	if (size < 2 || size > 4096)
		return 0;
	const struct cxlmb_cmd *c = fuzz_pick(data).cmd; /* NULL: not in the catalog */
	unsigned flags = data[0] & 0x80 ? CXLMB_LENIENT : CXLMB_STRICT;
	copy = malloc(size + 1);
	FUZZ_CHECK(copy != NULL);
	memcpy(copy, data, size);
	copy[size] = '\0';
	for (size_t i = 2; i < size && argc < ARGS_MAX;) {
		argv[argc++] = copy + i;
		i += strlen(copy + i) + 1;
	}
	argv[argc] = NULL;

	/* 1. the decode subcommand; @anything reads the input's own file */
	char *run_argv[ARGS_MAX + 1];
	bool file = false;
	for (int k = 0; k <= argc; k++) {
		run_argv[k] = argv[k] && argv[k][0] == '@' ? file_arg : argv[k];
		file |= run_argv[k] == file_arg;
	}
	if (file) {
		FUZZ_CHECK(ftruncate(file_fd, 0) == 0);
		FUZZ_CHECK(pwrite(file_fd, data, size, 0) == (ssize_t)size);
	}
	if (!cli_wants_help(argc, run_argv)) {
		int st = cli_cmd_decode.run(argc, run_argv);
		FUZZ_CHECK(st == EXIT_OK || st == EXIT_CHECK || st == EXIT_USAGE);
	}

	/* 2. numbers and the escaper */
	for (int k = 0; k < argc; k++) {
		uint16_t v;
		uint64_t u;
		char e[32];
		(void)cli_parse_opcode("fuzz", argv[k], &v);
		(void)cli_parse_rc("fuzz", argv[k], &v);
		(void)cli_parse_uint("fuzz", "n", argv[k], 1000, &u);
		const char *s = cli_esc(argv[k], e, sizeof(e));
		FUZZ_CHECK(strlen(s) < sizeof(e));
		for (const char *p = s; *p; p++)
			FUZZ_CHECK(*p >= 0x20 && *p < 0x7f); /* nothing raw reaches a terminal */
	}

	/* 3. payloads through the printer */
	static uint8_t buf[4096];
	for (int k = 0; c && k < argc; k++) {
		size_t n;
		if (!cli_load_bytes("fuzz", "--payload", argv[k][0] == '@' ? "" : argv[k], buf,
				    sizeof(buf), &n))
			continue;
		uint8_t *exact = malloc(n ? n : 1); /* ASan sees a read past it */
		FUZZ_CHECK(exact != NULL);
		memcpy(exact, buf, n);
		print_checked(c, CXLMB_REQ, exact, n, flags);
		print_checked(c, CXLMB_RSP, exact, n, flags);
		free(exact);
	}
	free(copy);
	return 0;
}
