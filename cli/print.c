/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Printing decoded values: a struct cxlmb_visitor for text and for JSON. */
#include <ctype.h>
#include <inttypes.h>

#include "cli.h"

struct pctx {
	FILE *f;
	bool json;
	int depth;
	bool first[8]; /* JSON: no comma before the first member at each depth */
};

void cli_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

void cli_hex(FILE *f, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%02x", p[i]);
}

/* Canonical 8-4-4-4-12 form, bytes in wire order. */
void cli_uuid(FILE *f, const uint8_t *p)
{
	for (int i = 0; i < 16; i++)
		fprintf(f, "%s%02x", (i == 4 || i == 6 || i == 8 || i == 10) ? "-" : "", p[i]);
}

static void member(struct pctx *c, const char *name)
{
	if (c->json) {
		int d = c->depth < 8 ? c->depth : 7;
		fprintf(c->f, "%s", c->first[d] ? "" : ", ");
		c->first[d] = false;
		if (name) {
			cli_json_str(c->f, name);
			fputs(": ", c->f);
		}
	} else {
		fprintf(c->f, "%*s%s: ", 2 * (c->depth + 1), "", name ? name : "");
	}
}

static void v_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	struct pctx *c = ctx;
	member(c, name);
	if (!c->json && (ff & CXLMB_FF_HEX))
		fprintf(c->f, "0x%" PRIx64 "\n", v);
	else
		fprintf(c->f, c->json ? "%" PRIu64 : "%" PRIu64 "\n", v);
}

static void v_sint(void *ctx, const char *name, int64_t v)
{
	struct pctx *c = ctx;
	member(c, name);
	fprintf(c->f, c->json ? "%" PRId64 : "%" PRId64 "\n", v);
}

static void v_bytes(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind)
{
	struct pctx *c = ctx;
	member(c, name);
	if (kind == CXLMB_F_UUID && n == 16) {
		fputc('"', c->f);
		cli_uuid(c->f, p);
		fputc('"', c->f);
	} else if (kind == CXLMB_F_ASCII) {
		char s[257];
		size_t k = 0;
		for (; k < n && k < 256 && p[k]; k++)
			s[k] = isprint(p[k]) ? (char)p[k] : '?';
		s[k] = '\0';
		cli_json_str(c->f, s);
	} else {
		fputc('"', c->f);
		cli_hex(c->f, p, n);
		fputc('"', c->f);
	}
	if (!c->json)
		fputc('\n', c->f);
}

static void v_array_begin(void *ctx, const char *name, uint32_t count)
{
	struct pctx *c = ctx;
	member(c, name);
	if (c->json) {
		fputc('[', c->f);
		c->depth++;
		c->first[c->depth < 8 ? c->depth : 7] = true;
	} else {
		fprintf(c->f, "%u entr%s\n", count, count == 1 ? "y" : "ies");
		c->depth++;
	}
}

static void v_elem_begin(void *ctx, uint32_t index)
{
	struct pctx *c = ctx;
	if (c->json) {
		member(c, NULL);
		fputc('{', c->f);
	} else {
		fprintf(c->f, "%*s[%u]\n", 2 * (c->depth + 1), "", index);
	}
	c->depth++;
	c->first[c->depth < 8 ? c->depth : 7] = true;
}

static void v_elem_end(void *ctx)
{
	struct pctx *c = ctx;
	c->depth--;
	if (c->json)
		fputc('}', c->f);
}

static void v_array_end(void *ctx)
{
	struct pctx *c = ctx;
	c->depth--;
	if (c->json)
		fputc(']', c->f);
}

void cli_print_decoded(FILE *f, const struct cxlmb_cmd *cmd, enum cxlmb_dir dir, const void *val,
		       unsigned flags, bool json)
{
	struct pctx c = { .f = f, .json = json, .depth = 0, .first = { true } };
	struct cxlmb_visitor v = {
		.ctx = &c, .uint = v_uint, .sint = v_sint, .bytes = v_bytes,
		.array_begin = v_array_begin, .elem_begin = v_elem_begin,
		.elem_end = v_elem_end, .array_end = v_array_end,
	};
	if (json)
		fputc('{', f);
	cxlmb_cmd_visit(cmd, dir, val, flags, &v);
	if (json)
		fputc('}', f);
}
