/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Shared pieces of the cxlmb command-line tool. */
#ifndef CXLMB_CLI_H
#define CXLMB_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cxlmb/cxlmb.h"

/* Exit statuses (README). */
enum { EXIT_OK = 0, EXIT_CHECK = 1, EXIT_USAGE = 2, EXIT_DENIED = 3 };

struct cli_cmd {
	const char *name;
	const char *summary;
	int (*run)(int argc, char **argv);
	void (*usage)(FILE *f);
};

/* One-line error on stderr: "cxlmb: <sub>: <message>". */
void cli_err(const char *sub, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --name value or --name=value: returns the value, or NULL (and reports)
 * when the value is missing.  *i is advanced past a separate value. */
const char *cli_optval(const char *sub, int argc, char **argv, int *i, const char *name);
bool cli_is_opt(const char *arg, const char *name);
/* Is help asked for (-h or --help, but not as the value of an option that
 * takes one: "--payload -h" is a payload)? */
bool cli_wants_help(int argc, char **argv);
/* s for an error line: control characters, bytes >= 7Fh and '\\' as \\xNN,
 * cut with "..." to fit buf. */
const char *cli_esc(const char *s, char *buf, size_t cap);

/* Parse an opcode ("4000", "0x4000", "4000h"; not "0x0x4000", not "0x4000h"). */
bool cli_parse_opcode(const char *sub, const char *s, uint16_t *op);
/* --force-rc: a return code in the same hex forms (cli_dev_opts.forced_rc). */
bool cli_parse_rc(const char *sub, const char *s, uint16_t *rc);
/* Parse an unsigned decimal number. */
bool cli_parse_uint(const char *sub, const char *what, const char *s, uint64_t max, uint64_t *v);
/* "<hex>" or "@file" ("@-" = stdin) into buf (capacity cap). */
bool cli_load_bytes(const char *sub, const char *what, const char *arg, uint8_t *buf, size_t cap,
		    size_t *len);

/* Print a decoded value with the catalog visitor, as text or JSON. */
struct cli_out;
void cli_print_decoded(FILE *f, const struct cxlmb_cmd *c, enum cxlmb_dir dir, const void *val,
		       unsigned flags, bool json);
void cli_json_str(FILE *f, const char *s);
void cli_hex(FILE *f, const uint8_t *p, size_t n);
void cli_uuid(FILE *f, const uint8_t *p);

extern const struct cli_cmd cli_cmd_list, cli_cmd_decode, cli_cmd_send, cli_cmd_sim, cli_cmd_policy,
	cli_cmd_conform;

#endif
