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
	fprintf(stderr, "cxlmb: %s: ", sub);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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

bool cli_parse_opcode(const char *sub, const char *s, uint16_t *op)
{
	const char *p = s;
	char *end;
	unsigned long v;

	if (!strncmp(p, "0x", 2) || !strncmp(p, "0X", 2))
		p += 2;
	if (!isxdigit((unsigned char)*p)) {
		cli_err(sub, "bad opcode '%s' (want hex, e.g. 4000)", s);
		return false;
	}
	errno = 0;
	v = strtoul(p, &end, 16);
	if ((*end == 'h' || *end == 'H') && end[1] == '\0')
		end++;
	if (errno || *end || v > 0xFFFF) {
		cli_err(sub, "bad opcode '%s' (want 4 hex digits, e.g. 4000)", s);
		return false;
	}
	*op = (uint16_t)v;
	return true;
}

bool cli_parse_uint(const char *sub, const char *what, const char *s, uint64_t max, uint64_t *v)
{
	char *end;
	errno = 0;
	unsigned long long x = strtoull(s, &end, 10);
	if (!*s || *s == '-' || errno || *end || x > max) {
		cli_err(sub, "bad %s '%s' (want a number up to %llu)", what, s, (unsigned long long)max);
		return false;
	}
	*v = x;
	return true;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
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
			cli_err(sub, "%s: bad hex digit '%c' at offset %zu", what, *p, (size_t)(p - s));
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

	if (!f) {
		cli_err(sub, "%s: cannot open '%s': %s", what, path, strerror(errno));
		return false;
	}
	n = fread(buf, 1, cap, f);
	if (ferror(f)) {
		cli_err(sub, "%s: cannot read '%s': %s", what, path, strerror(errno));
		if (f != stdin)
			fclose(f);
		return false;
	}
	if (n == cap && fgetc(f) != EOF) {
		cli_err(sub, "%s: '%s' is larger than %zu bytes", what, path, cap);
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
