/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Argument helpers: options, opcodes, numbers, hex and @file payloads. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_err(const char *sub, const char *fmt, ...)
{
	va_list ap;
#ifdef CLI_ERR_DISCARD
	/* the fuzz target: every line is formatted, none written (a write
	 * per refused argument would cost ten times the parsing) */
	char line[512];
	(void)sub;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
#else
	fprintf(stderr, "cxlmb: %s: ", sub);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
#endif
}

/* Every option that takes a value, for cli_wants_help: "-h" after one of
 * these is its value, not a request for help.  Add new ones here. */
static const char *const valued_opts[] = {
	"--opcode", "--request", "--response", "--device", "--payload",
	"--timeout-ms", "--quirk", "--tunnel", "--force-rc", "--policy", "--profile", "--cel",
};

bool cli_wants_help(int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		bool valued = false;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return true;
		for (size_t k = 0; k < sizeof(valued_opts) / sizeof(valued_opts[0]); k++)
			valued |= !strcmp(argv[i], valued_opts[k]);
		if (valued)
			i++; /* its value, whatever it looks like */
	}
	return false;
}

const char *cli_esc(const char *s, char *buf, size_t cap)
{
	size_t n = 0;
	if (!cap)
		return "";
	for (; *s && n + 5 < cap; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c < 0x7f && c != '\\') {
			buf[n++] = (char)c;
		} else {
			snprintf(buf + n, cap - n, "\\x%02x", c);
			n += 4;
		}
	}
	if (*s && n + 4 <= cap) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n < cap ? n : cap - 1] = '\0';
	return buf;
}

bool cli_is_opt(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

const char *cli_optval(const char *sub, int argc, char **argv, int *i, const char *name)
{
	const char *eq = strchr(argv[*i], '=');
	if (eq)
		return eq + 1;
	if (*i + 1 >= argc) {
		cli_err(sub, "option %s needs a value", name);
		return NULL;
	}
	return argv[++*i];
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* 1-4 hex digits, an optional 0x before or h after (not both, not twice). */
static bool parse_hex16(const char *sub, const char *what, const char *s, uint16_t *out)
{
	const char *p = s;
	size_t n = 0;
	unsigned v = 0;
	char e[96];

	if (!strncmp(p, "0x", 2) || !strncmp(p, "0X", 2))
		p += 2;
	for (; isxdigit((unsigned char)p[n]); n++)
		v = v << 4 | (unsigned)hexval((unsigned char)p[n]);
	bool suffix = (p[n] == 'h' || p[n] == 'H') && p == s;
	if (n == 0 || n > 4 || (suffix ? p[n + 1] != '\0' : p[n] != '\0')) {
		cli_err(sub, "bad %s '%s' (want 1-4 hex digits, e.g. 4000, 0x4000 or 4000h)", what,
			cli_esc(s, e, sizeof(e)));
		return false;
	}
	*out = (uint16_t)v;
	return true;
}

bool cli_parse_opcode(const char *sub, const char *s, uint16_t *op)
{
	return parse_hex16(sub, "opcode", s, op);
}

bool cli_parse_rc(const char *sub, const char *s, uint16_t *rc)
{
	return parse_hex16(sub, "--force-rc", s, rc);
}

bool cli_parse_uint(const char *sub, const char *what, const char *s, uint64_t max, uint64_t *v)
{
	char *end;
	errno = 0;
	unsigned long long x = strtoull(s, &end, 10);
	if (!isdigit((unsigned char)*s) || errno || *end || x > max) {
		char e[96];
		cli_err(sub, "bad %s '%s' (want a number up to %llu)", what, cli_esc(s, e, sizeof(e)),
			(unsigned long long)max);
		return false;
	}
	*v = x;
	return true;
}

/* Hex digits with optional whitespace and ':' separators, an optional
 * leading 0x. */
static bool parse_hex(const char *sub, const char *what, const char *s, uint8_t *buf, size_t cap,
		      size_t *len)
{
	size_t n = 0, digits = 0;
	int hi = -1;
	const char *p = s;

	if (!strncmp(p, "0x", 2) || !strncmp(p, "0X", 2))
		p += 2;
	for (; *p; p++) {
		int v;
		if (isspace((unsigned char)*p) || *p == ':')
			continue;
		v = hexval((unsigned char)*p);
		if (v < 0) {
			char ch[2] = { *p, '\0' }, e[8];
			cli_err(sub, "%s: bad hex digit '%s' at offset %zu", what,
				cli_esc(ch, e, sizeof(e)), (size_t)(p - s));
			return false;
		}
		digits++;
		if (hi < 0) {
			hi = v;
			continue;
		}
		if (n >= cap) {
			cli_err(sub, "%s: more than %zu bytes", what, cap);
			return false;
		}
		buf[n++] = (uint8_t)(hi << 4 | v);
		hi = -1;
	}
	if (hi >= 0) {
		cli_err(sub, "%s: odd number of hex digits (%zu)", what, digits);
		return false;
	}
	*len = n;
	return true;
}

static bool read_file(const char *sub, const char *what, const char *path, uint8_t *buf,
		      size_t cap, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	size_t n;
	char e[256];

	if (!f) {
		cli_err(sub, "%s: cannot open '%s': %s", what, cli_esc(path, e, sizeof(e)), strerror(errno));
		return false;
	}
	n = fread(buf, 1, cap, f);
	if (ferror(f)) {
		cli_err(sub, "%s: cannot read '%s': %s", what, cli_esc(path, e, sizeof(e)), strerror(errno));
		if (f != stdin)
			fclose(f);
		return false;
	}
	if (n == cap && fgetc(f) != EOF) {
		cli_err(sub, "%s: '%s' is larger than %zu bytes", what, cli_esc(path, e, sizeof(e)), cap);
		if (f != stdin)
			fclose(f);
		return false;
	}
	if (f != stdin)
		fclose(f);
	*len = n;
	return true;
}

bool cli_load_bytes(const char *sub, const char *what, const char *arg, uint8_t *buf, size_t cap,
		    size_t *len)
{
	if (arg[0] == '@')
		return read_file(sub, what, arg + 1, buf, cap, len);
	return parse_hex(sub, what, arg, buf, cap, len);
}
