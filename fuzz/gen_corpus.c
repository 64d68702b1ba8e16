/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Writes seed corpora and dictionaries for every fuzz target, from the
 * catalog's own encoders:  fuzz_gen_corpus <corpus-dir> <dict-dir> */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_layouts.h"
#include "fuzz_target.h"
#include "sim.h"

/* fuzz_decode.h's modes (the flags byte's bits 7:2) */
#define MODE_CTX 0x68u
#define MODE_ENC 0x78u

static int write_file(const char *dir, const char *name, const uint8_t *a, size_t an,
		      const uint8_t *b, size_t bn)
{
	char path[2048];
	FILE *f;
	mkdir(dir, 0755);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!(f = fopen(path, "wb")))
		return 1;
	fwrite(a, 1, an, f);
	if (bn)
		fwrite(b, 1, bn, f);
	return fclose(f) != 0;
}

/* Payloads a zero fill cannot make valid (a count tied to the bytes, a field
 * that is never 0, an embedded message), built from the r3.2 tables. */
static const struct {
	uint16_t op;
	uint8_t dir;
	uint8_t len;
	uint8_t b[0x94];
} hand_seeds[] = {
	/* 4402h discovery (Table 8-147/8-150): class 0, no ranges, 8 ops from 0 */
	{ 0x4402, CXLMB_REQ, 12, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0 } },
	/* 4900h (r3.2 Table 8-186): one DMP and one region of 2 MiB blocks, free
	 * adds, tag-based releases */
	{ 0x4900, CXLMB_RSP, 0x94, { [0] = 1, [1] = 1, [4] = 1, [8] = 1, [0x16] = 0x20, [0x56] = 0x20 } },
	/* 4903h (r3.2 Table 8-191, r3.1 8-176): region 0, 40h-byte blocks */
	{ 0x4903, CXLMB_REQ, 0x28, { [4] = 0x40 } },
	/* 5600h (Table 7-65): one host, one region, free adds, tag-based releases */
	{ 0x5600, CXLMB_RSP, 0x54, { [0] = 1, [1] = 1, [4] = 1, [8] = 1, [0x16] = 0x20 } },
	/* 5200h (Table 7-30): limit 8, one VCS, ID 0 */
	{ 0x5200, CXLMB_REQ, 4, { 0, 8, 1, 0 } },
	/* 5300h (Tables 7-37/7-14): Identify to port 1; its answer: Invalid Input */
	{ 0x5300, CXLMB_REQ, 16, { 1, 0, 12, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ 0x5300, CXLMB_RSP, 16, { 12, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0 } },
	/* 5701h (Tables 7-113/7-114): the same, to switch port 1 */
	{ 0x5701, CXLMB_REQ, 18, { 1, 0, 0, 0, 12, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ 0x5701, CXLMB_RSP, 16, { 12, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0 } },
};

/* Canonical encoding of a zero payload of the command's minimum length, or
 * of the hand-built payload where zeros are not valid. */
static size_t seed_payload(const struct cxlmb_cmd *c, enum cxlmb_dir dir, uint8_t *out, size_t cap)
{
	static uint8_t zero[4096];
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const uint8_t *in = zero;
	size_t n = 0, len = cxlmb_cmd_min_len(c, dir);

	for (size_t k = 0; k < sizeof(hand_seeds) / sizeof(hand_seeds[0]); k++) {
		if (hand_seeds[k].op == c->opcode && hand_seeds[k].dir == dir) {
			in = hand_seeds[k].b;
			len = hand_seeds[k].len;
		}
	}
	if (len > sizeof(zero) || cxlmb_cmd_decode(c, dir, in, len, CXLMB_LENIENT, val) ||
	    cxlmb_cmd_encode(c, dir, val, out, cap, &n))
		return 0;
	return n;
}

/* Decode-target seeds for the layouts picked by UUID (fuzz_layouts.h):
 * Get Log and Get Feature answers with the request that asked for them
 * (mode ctx), Set Feature requests carrying a whole attribute set.  The
 * data is the layout's shortest form, zero-filled (lenient: a zero
 * enumeration stays legal), the CEL one entry (Identify, no effects). */
static int seeds_by_uuid(const char *corpus)
{
	uint8_t b[256];
	char d[1024], name[160];
	int rc = 0;

	for (size_t i = 0; i < FUZZ_SUB_COUNT; i++) {
		const struct fuzz_sub_layout *l = &fuzz_sub_layouts[i];
		const struct cxlmb_schema *s;
		size_t n = 0, dl;
		uint8_t *rq;

		fuzz_put_sel(b, l->opcode);
		n = FUZZ_SEL_LEN;
		if (l->opcode == 0x0401) { /* r3.2 Table 8-84, then Table 8-85 */
			s = cxlmb_log_layout(l->uuid);
			dl = s == &cxlmb_cel_entry_schema ? CXLMB_CEL_ENTRY_LEN : s ? s->min_len : 0;
			b[n++] = MODE_CTX | CXLMB_ALLOW_TRAILING;
			b[n++] = 0x18;
			rq = b + n;
			memset(rq, 0, 0x18);
			memcpy(rq, l->uuid, 16);
			rq[0x15] = 0x10; /* length 1000h: more than the log, so it is whole */
			n += 0x18;
		} else if (l->opcode == 0x0501) { /* Table 8-111, then Table 8-112 */
			s = cxlmb_feature_layout(l->uuid, false);
			dl = s ? (s->max_len ? s->max_len : s->min_len) : 0;
			b[n++] = MODE_CTX | CXLMB_ALLOW_TRAILING;
			b[n++] = 0x15;
			rq = b + n;
			memset(rq, 0, 0x15);
			memcpy(rq, l->uuid, 16);
			rq[0x12] = (uint8_t)dl; /* count: exactly the attributes */
			n += 0x15;
		} else { /* 0502h, Table 8-113: full transfer from offset 0 */
			s = cxlmb_feature_layout(l->uuid, true);
			dl = s ? (s->max_len ? s->max_len : s->min_len) : 0;
			b[n++] = CXLMB_ALLOW_TRAILING;
			memset(b + n, 0, 0x20);
			memcpy(b + n, l->uuid, 16);
			n += 0x20;
		}
		if (!s || n + dl > sizeof(b))
			return 1;
		memset(b + n, 0, dl);
		if (s == &cxlmb_cel_entry_schema)
			b[n] = 0x01;
		n += dl;
		snprintf(name, sizeof(name), "%04x_by_uuid_%s", l->opcode, l->name);
		snprintf(d, sizeof(d), "%s/%s", corpus, l->dir ? "rsp_decode" : "req_decode");
		rc |= write_file(d, name, b, n, NULL, 0);
	}
	return rc;
}

/* Decode-target seeds for the encoders (mode enc): the buffer size (the
 * payload maximum), counts made to agree, the struct a zero payload decodes
 * to with its view pointers zeroed (the harness points them into the pool;
 * the seed stays the same on every machine), then the payload as the pool;
 * again into a buffer one byte short of it. */
static int seed_encode(const char *dir, const struct cxlmb_cmd *c, enum cxlmb_dir side,
		       const uint8_t *pl, size_t n)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	static uint8_t b[FUZZ_SEL_LEN + 4 + CXLMB_CMD_STRUCT_MAX + 8192];
	const struct cxlmb_schema *s = side == CXLMB_REQ ? c->req : c->rsp;
	size_t ss = cxlmb_cmd_struct_size(c, side), k = 0;
	char name[160];
	int rc;

	memset(val, 0, sizeof(val));
	if (ss > sizeof(val) || n > 8192 || cxlmb_cmd_decode(c, side, pl, n, CXLMB_LENIENT, val))
		return 0;
	/* views: only their counts kept (padding too is zeroed, as the
	 * decoder's copies leave whatever was there) */
	for (uint16_t i = 0; i < (s ? s->nfields : 1); i++) {
		const struct cxlmb_field *f = s ? &s->fields[i] : NULL;
		if (f && f->kind == CXLMB_F_ARRAY) {
			struct cxlmb_array a;
			uint32_t count = ((struct cxlmb_array *)(void *)(val + f->st_off))->count;
			memset(&a, 0, sizeof(a));
			a.count = count;
			memcpy(val + f->st_off, &a, sizeof(a));
			val[f->st_off] = 1; /* the harness's "entry layout set" bit */
		} else if (!f || f->kind == CXLMB_F_TAIL) {
			struct cxlmb_bytes t;
			size_t at = f ? f->st_off : 0;
			uint32_t len = ((struct cxlmb_bytes *)(void *)(val + at))->len;
			memset(&t, 0, sizeof(t));
			t.len = len;
			memcpy(val + at, &t, sizeof(t));
		}
	}
	fuzz_put_sel(b, c->opcode);
	k = FUZZ_SEL_LEN;
	b[k++] = MODE_ENC;
	b[k++] = 0xFF;
	b[k++] = 0xFF;
	b[k++] = 1;
	memcpy(b + k, val, ss);
	k += ss;
	snprintf(name, sizeof(name), "%04x_%s_enc", c->opcode, c->ident);
	rc = write_file(dir, name, b, k, pl, n);
	if (n == 0)
		return rc;
	/* and into a buffer one byte short: refused */
	b[FUZZ_SEL_LEN + 1] = (uint8_t)(n - 1);
	b[FUZZ_SEL_LEN + 2] = (uint8_t)((n - 1) >> 8);
	snprintf(name, sizeof(name), "%04x_%s_enc_short", c->opcode, c->ident);
	return rc | write_file(dir, name, b, k, pl, n);
}

/* A request the seed answer fits: the zero request's seed, else one asking
 * for the most (every integer field at its largest value the encoder takes,
 * but starts, indexes and offsets 0, where a zero answer starts). */
static size_t ctx_request(const struct cxlmb_cmd *c, const uint8_t *rsp, size_t rn,
			  uint8_t *out, size_t cap)
{
	static _Alignas(8) uint8_t q[CXLMB_CMD_STRUCT_MAX], r[CXLMB_CMD_STRUCT_MAX];
	static const uint8_t zero[256];
	const struct cxlmb_schema *s = c->req;
	size_t n = seed_payload(c, CXLMB_REQ, out, cap);

	if (cxlmb_cmd_decode_rsp(c, out, n, rsp, rn, CXLMB_LENIENT, r) == 0 || !s)
		return n;
	if (cxlmb_cmd_decode(c, CXLMB_REQ, zero, cxlmb_cmd_min_len(c, CXLMB_REQ), CXLMB_LENIENT, q))
		return n;
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		const char *nm = CXLMB_FIELD_NAME(f);
		unsigned bits = f->width ? f->width : 8u * f->wire_size;
		uint64_t v = bits >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << bits) - 1;
		size_t m;
		if (f->kind != CXLMB_F_UINT || strstr(nm, "start") || strstr(nm, "index") ||
		    strstr(nm, "offset") || strstr(nm, "first"))
			continue;
		for (int t = 0; t < 2; t++, v = 1) { /* the largest, else 1 */
			memcpy(q + f->st_off, &v, f->st_size); /* little-endian hosts */
			if (cxlmb_cmd_encode(c, CXLMB_REQ, q, out, cap, &m) == 0)
				break;
			memset(q + f->st_off, 0, f->st_size);
		}
	}
	if (cxlmb_cmd_encode(c, CXLMB_REQ, q, out, cap, &n))
		return seed_payload(c, CXLMB_REQ, out, cap);
	return n;
}

/* An answer whose layout the request shapes (a bind hook: list limits,
 * start indexes, the log or feature asked), with its request (mode ctx):
 * both the seed payloads above. */
static int seed_ctx(const char *dir, const struct cxlmb_cmd *c, const uint8_t *pl, size_t n)
{
	static uint8_t b[FUZZ_SEL_LEN + 2 + 255 + 8192];
	size_t k = FUZZ_SEL_LEN, rn;
	char name[160];

	if (!c->rsp || !c->rsp->hooks || !c->rsp->hooks->bind || n > 8192)
		return 0;
	rn = ctx_request(c, pl, n, b + k + 2, 255);
	fuzz_put_sel(b, c->opcode);
	b[k++] = MODE_CTX | CXLMB_ALLOW_TRAILING;
	b[k++] = (uint8_t)rn;
	k += rn;
	memcpy(b + k, pl, n);
	snprintf(name, sizeof(name), "%04x_%s_ctx", c->opcode, c->ident);
	return write_file(dir, name, b, k + n, NULL, 0);
}

/* Dictionaries: catalog opcodes (as the command selector and CCI headers
 * write them, little-endian), UUIDs, lengths. */
static void dict_catalog(FILE *f)
{
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		fprintf(f, "op_%04x=\"\\x%02x\\x%02x\"\n", c->opcode, c->opcode & 0xFF, c->opcode >> 8);
	}
	/* the logs and features whose data decodes by UUID (r3.2 Table 8-83;
	 * DDR5 ECS Control) */
	static const uint8_t by_uuid[][16] = {
		{ 0xb3, 0xfa, 0xb4, 0xcf, 0x01, 0xb6, 0x43, 0x32, 0x94, 0x3e, 0x5e, 0x99, 0x62, 0xf2,
		  0x35, 0x67 },
		{ 0xf1, 0x72, 0x0d, 0x60, 0xa7, 0xa9, 0x43, 0x06, 0xa0, 0x03, 0x11, 0x94, 0x8f, 0x9e,
		  0x07, 0x7c },
		{ 0xe6, 0xdf, 0xa3, 0x2c, 0xd1, 0x3e, 0x4a, 0x5c, 0x8c, 0xa8, 0x99, 0xbe, 0xbb, 0xf7,
		  0x31, 0xa4 },
		{ 0x2c, 0x25, 0x55, 0x22, 0x8c, 0xe4, 0x11, 0xec, 0xb9, 0x09, 0x02, 0x42, 0xac, 0x12,
		  0x00, 0x02 },
		{ 0xe5, 0xb1, 0x3f, 0x22, 0x23, 0x28, 0x4a, 0x14, 0xb8, 0xba, 0xb9, 0x69, 0x1e, 0x89,
		  0x33, 0x86 },
		{ 0x35, 0x68, 0xda, 0x82, 0xe6, 0x9c, 0x45, 0x18, 0x95, 0xa2, 0x44, 0x6f, 0xe3, 0x4e,
		  0xa8, 0x65 },
		{ 0xc1, 0xfe, 0x0b, 0x3e, 0x7a, 0x00, 0x44, 0x8e, 0xa2, 0x4e, 0xa6, 0xaa, 0xbb, 0xfe,
		  0x58, 0x7a },
	};
	const uint8_t *uuids[] = { cxlmb_uuid_cel, cxlmb_uuid_vendor_debug, by_uuid[0], by_uuid[1],
				   by_uuid[2], by_uuid[3], by_uuid[4], by_uuid[5],
				   by_uuid[6] };
	for (int u = 0; u < (int)(sizeof(uuids) / sizeof(uuids[0])); u++) {
		fprintf(f, "uuid_%d=\"", u);
		for (int k = 0; k < 16; k++)
			fprintf(f, "\\x%02x", uuids[u][k]);
		fprintf(f, "\"\n");
	}
	fprintf(f, "len_80=\"\\x80\"\nff16=\"\\xff\\xff\"\n");
}

/* decode targets: the catalog, and the flags bytes of the modes (lenient) */
static void dict_decode(FILE *f)
{
	dict_catalog(f);
	fprintf(f, "mode_ctx=\"\\x%02x\"\nmode_enc=\"\\x%02x\"\n", MODE_CTX | CXLMB_ALLOW_TRAILING,
		MODE_ENC);
}

/* CCI: categories, the tunnel opcode, a 12-byte length, the harness's modes */
static void dict_cci(FILE *f)
{
	dict_catalog(f);
	fprintf(f, "rsp=\"\\x01\"\ntunnel=\"\\x00\\x53\"\nlen12=\"\\x0c\\x00\"\n");
	/* fuzz_cci.c's modes (ctl bits 4:2, bit 5 a tag byte) and a level's
	 * 5300h response CCI header */
	fprintf(f, "mode_tag=\"\\x20\"\nmode_req=\"\\x04\"\nmode_msg=\"\\x08\"\n"
		   "mode_req_wrap=\"\\x0c\"\nmode_rsp_wrap=\"\\x10\"\n"
		   "rsp_tunnel_hdr=\"\\x01\\x00\\x00\\x00\\x53\"\n");
}

/* discovery: DVSEC, CXL vendor, register locator, cap IDs */
static void dict_discovery(FILE *f)
{
	fprintf(f, "dvsec=\"\\x23\\x00\"\ncxl=\"\\x98\\x1e\"\nregloc=\"\\x08\\x00\"\n"
		   "mbox=\"\\x02\\x00\"\nmemdev=\"\\x00\\x40\"\nrbi3=\"\\x03\"\n");
}

/* register values: payload sizes, ready, doorbell, lengths */
static void dict_hostile_device(FILE *f)
{
	fprintf(f, "caps_2k=\"\\x0b\\x00\\x00\\x00\"\nready=\"\\x10\"\n"
		   "busy=\"\\x01\\x00\\x00\\x00\"\nbg=\"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"\n"
		   "pct100=\"\\x00\\x00\\x64\"\n");
}

/* stateful: the opcodes the simulated endpoints implement (each once, in
 * endpoint order), step headers and kinds */
static void dict_stateful(FILE *f)
{
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++) {
		for (size_t i = 0; i < cxlmb_sim_ep_command_count(ep); i++) {
			uint16_t op = cxlmb_sim_ep_command_at(ep, i);
			int seen = 0;
			for (unsigned e2 = 0; e2 <= ep && !seen; e2++)
				for (size_t j = 0; j < cxlmb_sim_ep_command_count(e2) && !seen; j++)
					seen = (e2 < ep || j < i) && cxlmb_sim_ep_command_at(e2, j) == op;
			if (!seen)
				fprintf(f, "op_%04x=\"\\x%02x\\x%02x\"\n", op, op & 0xFF, op >> 8);
		}
	}
	fprintf(f, "cmd_body10=\"\\x00\\x00\\x0a\\x00\"\ntunnel1=\"\\xfa\"\ntunnel2=\"\\xfb\"\n"
		   "power_cycle=\"\\xf8\"\nmedia_error=\"\\xf9\"\ndc_offer=\"\\xf0\"\n"
		   "quirks=\"\\xe0\\x00\\x06\\x00\"\n");
	/* each quirk's bit, as a quirks step's body takes it */
	for (unsigned b = 0; b < CXLMB_SIM_QUIRK_COUNT; b++) {
		uint32_t m = 1u << b;
		fprintf(f, "q_");
		for (const char *c = cxlmb_sim_quirk_name(b); *c; c++)
			fputc(*c == '-' ? '_' : *c, f); /* AFL labels: letters, digits, _ */
		fprintf(f, "=\"\\x%02x\\x%02x\\x%02x\\x%02x\"\n", m & 0xFF, m >> 8 & 0xFF,
			m >> 16 & 0xFF, m >> 24);
	}
}

/* policy: the catalog, tunnel framing, the payload rules' UUIDs and flags */
static void dict_policy(FILE *f)
{
	static const uint8_t scrub[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
					   0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
	dict_catalog(f);
	fprintf(f, "uuid_patrol_scrub=\"");
	for (int k = 0; k < 16; k++)
		fprintf(f, "\\x%02x", scrub[k]);
	fprintf(f, "\"\ntunnel=\"\\x00\\x53\"\ncci_request=\"\\x00\\x07\\x00\"\n"
		   "len12=\"\\x0c\\x00\\x00\"\nio_write=\"\\x80\"\nimmediate=\"\\x01\"\n");
}

/* cli: the decode subcommand's options and the number and payload forms */
static void dict_cli(FILE *f)
{
	fprintf(f, "opcode=\"--opcode\"\nrequest=\"--request\"\nresponse=\"--response\"\n"
		   "json=\"--json\"\nstrict=\"--strict\"\nlenient=\"--lenient\"\nhelp=\"-h\"\n"
		   "hex=\"0x\"\nsuffix=\"h\"\nfile=\"@\"\nnul=\"\\x00\"\n");
}

static const struct {
	const char *target;
	void (*write)(FILE *f);
} dicts[] = {
	{ "rsp_decode", dict_decode },
	{ "req_decode", dict_decode },
	{ "roundtrip", dict_catalog },
	{ "cci", dict_cci },
	{ "discovery", dict_discovery },
	{ "hostile_device", dict_hostile_device },
	{ "stateful", dict_stateful },
	{ "policy", dict_policy },
	{ "cli", dict_cli },
	{ "roundtrip_le_bytes", dict_catalog }, /* roundtrip's inputs, byte-loop LE build */
};

/* stateful seeds for the paths random bytes rarely reach: the security
 * state machine (passphrases, lock, retry limit, freeze, secure erase) and
 * the poison list past its injection limit and its capacity, and quirks
 * switched on between commands.  Steps as fuzz_stateful.c reads them. */
struct seq {
	uint8_t b[4096];
	size_t n;
};

static void step(struct seq *q, uint8_t kind, uint8_t wait, const uint8_t *body, size_t len)
{
	if (q->n + 4 + len > sizeof(q->b))
		return;
	q->b[q->n++] = kind;
	q->b[q->n++] = wait;
	q->b[q->n++] = (uint8_t)len;
	q->b[q->n++] = (uint8_t)(len >> 8);
	if (len)
		memcpy(q->b + q->n, body, len);
	q->n += len;
}

/* A command to the device: its selector, then the request bytes. */
static void step_cmd(struct seq *q, uint16_t op, const uint8_t *pl, size_t len)
{
	uint8_t body[FUZZ_SEL_LEN + 128];
	if (len > sizeof(body) - FUZZ_SEL_LEN)
		return;
	fuzz_put_sel(body, op);
	if (len)
		memcpy(body + FUZZ_SEL_LEN, pl, len);
	step(q, 0x00, 0, body, FUZZ_SEL_LEN + len);
}

/* Quirks toggled (kind E0h) after 'wait' x 100 us: the bits, then
 * force-rc's code. */
static void step_quirks(struct seq *q, uint8_t wait, uint32_t bits, uint16_t forced_rc)
{
	const uint8_t b[6] = { (uint8_t)bits, (uint8_t)(bits >> 8), (uint8_t)(bits >> 16),
			       (uint8_t)(bits >> 24), (uint8_t)forced_rc, (uint8_t)(forced_rc >> 8) };
	step(q, 0xE0, wait, b, sizeof(b));
}

static void pass(uint8_t out[32], const char *word)
{
	memset(out, 0, 32);
	memcpy(out, word, strlen(word));
}

static void set_pass(struct seq *q, uint8_t type, const char *cur, const char *new_pass)
{
	struct cxlmb_set_passphrase_req r = { .type = type };
	uint8_t pl[0x60];
	size_t n = 0;
	pass(r.current, cur);
	pass(r.new_pass, new_pass);
	if (cxlmb_set_passphrase_req_encode(&r, pl, sizeof(pl), &n) == 0)
		step_cmd(q, 0x4501, pl, n);
}

/* 4502h Disable Passphrase or 4505h Passphrase Secure Erase */
static void pass_cmd(struct seq *q, uint16_t op, uint8_t type, const char *word)
{
	struct cxlmb_passphrase_req r = { .type = type };
	uint8_t pl[0x40];
	size_t n = 0;
	pass(r.passphrase, word);
	if (cxlmb_passphrase_req_encode(&r, pl, sizeof(pl), &n) == 0)
		step_cmd(q, op, pl, n);
}

static void unlock(struct seq *q, const char *word)
{
	struct cxlmb_unlock_req r;
	uint8_t pl[0x20];
	size_t n = 0;
	pass(r.passphrase, word);
	if (cxlmb_unlock_req_encode(&r, pl, sizeof(pl), &n) == 0)
		step_cmd(q, 0x4503, pl, n);
}

static void poison_cmd(struct seq *q, uint16_t op, uint64_t dpa)
{
	uint8_t pl[0x48];
	size_t n = 0;
	int rc;
	if (op == 0x4301) {
		struct cxlmb_inject_poison_req r = { dpa };
		rc = cxlmb_inject_poison_req_encode(&r, pl, sizeof(pl), &n);
	} else if (op == 0x4302) {
		struct cxlmb_clear_poison_req r = { .dpa = dpa };
		rc = cxlmb_clear_poison_req_encode(&r, pl, sizeof(pl), &n);
	} else { /* 4300h: the whole capacity */
		struct cxlmb_dpa_range r = { dpa, CXLMB_SIM_CAPACITY / 64 };
		rc = cxlmb_dpa_range_encode(&r, pl, sizeof(pl), &n);
	}
	if (rc == 0)
		step_cmd(q, op, pl, n);
}

static int seeds_stateful_paths(const char *dir)
{
	struct seq q;
	int rc = 0;

	/* every security transition: set, lock at power cycle, a wrong and
	 * a right unlock, disable, secure erase by the master, freeze */
	q.n = 0;
	q.b[q.n++] = 0; /* Type 3 */
	pass_cmd(&q, 0x4505, 0, "master"); /* no master passphrase yet */
	set_pass(&q, 1, "", "user0");
	set_pass(&q, 1, "wrong", "user"); /* a change needs the current one */
	set_pass(&q, 1, "user0", "user");
	set_pass(&q, 0, "", "master");
	step(&q, 0xF8, 0, NULL, 0);
	step_cmd(&q, 0x4500, NULL, 0);
	{ /* locked: label storage is refused */
		static const uint8_t get_lsa[8] = { 0, 0, 0, 0, 16 }, set_lsa[12] = { [8] = 1 };
		step_cmd(&q, 0x4102, get_lsa, sizeof(get_lsa));
		step_cmd(&q, 0x4103, set_lsa, sizeof(set_lsa));
	}
	unlock(&q, "wrong");
	unlock(&q, "user");
	pass_cmd(&q, 0x4502, 1, "wrong");
	pass_cmd(&q, 0x4502, 1, "user");
	set_pass(&q, 1, "", "user2");
	pass_cmd(&q, 0x4505, 0, "wrong");
	pass_cmd(&q, 0x4505, 0, "master");
	step_cmd(&q, 0x4504, NULL, 0);
	set_pass(&q, 1, "", "user3"); /* frozen: refused, as the two below */
	pass_cmd(&q, 0x4502, 0, "master");
	pass_cmd(&q, 0x4505, 0, "master");
	step_cmd(&q, 0x4500, NULL, 0);
	rc |= write_file(dir, "t3_security", q.b, q.n, NULL, 0);

	/* the retry limit: locked, then more wrong passphrases than allowed */
	q.n = 0;
	q.b[q.n++] = 0;
	set_pass(&q, 1, "", "user");
	step(&q, 0xF8, 0, NULL, 0);
	for (unsigned i = 0; i <= CXLMB_SIM_PASS_ATTEMPTS; i++)
		unlock(&q, "wrong");
	step_cmd(&q, 0x4500, NULL, 0);
	unlock(&q, "user");
	rc |= write_file(dir, "t3_security_attempts", q.b, q.n, NULL, 0);

	/* the poison list: injections past the limit, media errors past the
	 * list's capacity (overflow), the list read, a record cleared */
	q.n = 0;
	q.b[q.n++] = 0;
	for (unsigned i = 0; i <= CXLMB_SIM_INJECT_LIMIT; i++)
		poison_cmd(&q, 0x4301, (uint64_t)i * 64);
	for (unsigned i = 1; i <= CXLMB_SIM_POISON_MAX - CXLMB_SIM_INJECT_LIMIT + 1; i++) {
		const uint8_t at[2] = { (uint8_t)i, 0 }; /* x 64 KiB */
		step(&q, 0xF9, 0, at, sizeof(at));
	}
	poison_cmd(&q, 0x4300, 0);
	poison_cmd(&q, 0x4302, 0);
	poison_cmd(&q, 0x4300, 0);
	rc |= write_file(dir, "t3_poison_overflow", q.b, q.n, NULL, 0);

	/* quirks switched on and off between commands: any passphrase
	 * unlocks; Clear Poison clears nothing; an output length past the
	 * payload; Success with no data; the doorbell early, then stuck */
	q.n = 0;
	q.b[q.n++] = 0;
	set_pass(&q, 1, "", "user");
	step(&q, 0xF8, 0, NULL, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(PASSPHRASE_ANY), 0);
	unlock(&q, "wrong");
	step_quirks(&q, 0, CXLMB_SIM_Q(PASSPHRASE_ANY) | CXLMB_SIM_Q(POISON_CLEAR_NOOP), 0);
	poison_cmd(&q, 0x4301, 0x1000);
	poison_cmd(&q, 0x4302, 0x1000);
	poison_cmd(&q, 0x4300, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(POISON_CLEAR_NOOP) | CXLMB_SIM_Q(OUTPUT_OVERFLOW), 0);
	step_cmd(&q, 0x0001, NULL, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(OUTPUT_OVERFLOW) | CXLMB_SIM_Q(FORCE_RC), 0);
	step_cmd(&q, 0x4000, NULL, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(FORCE_RC) | CXLMB_SIM_Q(EARLY_ANSWER), 0);
	step_cmd(&q, 0x4000, NULL, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(EARLY_ANSWER) | CXLMB_SIM_Q(DOORBELL_EARLY), 0);
	step_cmd(&q, 0x0001, NULL, 0);
	step_cmd(&q, 0x4000, NULL, 0);
	/* 2 ms: the late answer lands before the doorbell sticks */
	step_quirks(&q, 20, CXLMB_SIM_Q(DOORBELL_EARLY) | CXLMB_SIM_Q(STUCK_DOORBELL), 0);
	step_cmd(&q, 0x0001, NULL, 0);
	step_quirks(&q, 0, CXLMB_SIM_Q(STUCK_DOORBELL), 0);
	step_cmd(&q, 0x0001, NULL, 0);
	step(&q, 0xF8, 0, NULL, 0);
	step_cmd(&q, 0x0001, NULL, 0);
	/* a CEL listing what the device lacks, effects with reserved bits */
	step_quirks(&q, 0, CXLMB_SIM_Q(CEL_EXTRA) | CXLMB_SIM_Q(CEL_BAD_EFFECTS), 0);
	step_cmd(&q, 0x0400, NULL, 0);
	{
		struct cxlmb_get_log_req g = { .offset = 0, .length = 16 };
		uint8_t pl[CXLMB_GET_LOG_REQ_LEN];
		size_t n = 0;
		memcpy(g.uuid, cxlmb_uuid_cel, 16);
		if (cxlmb_get_log_req_encode(&g, pl, sizeof(pl), &n) == 0)
			step_cmd(&q, 0x0401, pl, n);
	}
	rc |= write_file(dir, "t3_quirks", q.b, q.n, NULL, 0);

	/* requests of the whole payload: Set LSA filling the mailbox's
	 * (2 KiB), then through two tunnel levels to an LD, the route's */
	for (unsigned sw = 0; sw < 2; sw++) {
		static uint8_t body[1 + FUZZ_SEL_LEN + 2048];
		size_t whole = sw ? 2048 - 2 * 16 : 2048; /* a tunnel level's header: 16 bytes */
		size_t k = 0;
		q.n = 0;
		q.b[q.n++] = (uint8_t)sw;
		if (sw)
			body[k++] = 0; /* LD 0 */
		fuzz_put_sel(body + k, 0x4103);
		k += FUZZ_SEL_LEN;
		memset(body + k, 0, 8); /* offset 0, reserved */
		for (size_t i = 8; i < whole; i++)
			body[k + i] = (uint8_t)i;
		step(&q, sw ? 0xFB : 0x00, 0, body, k + whole);
		rc |= write_file(dir, sw ? "sw_whole_payload" : "t3_whole_payload", q.b, q.n, NULL, 0);
	}
	return rc;
}

/* policy seeds: profile, route depth, hops, opcode (LE), payload */
static int seed_policy(const char *dir, const char *name, unsigned profile,
		       const struct cxlmb_tunnel_hop *route, unsigned depth, uint16_t op,
		       const uint8_t *pl, size_t len)
{
	uint8_t b[64 + 2 * CXLMB_TUNNEL_MAX_DEPTH];
	size_t n = 0;
	b[n++] = (uint8_t)profile;
	b[n++] = (uint8_t)depth;
	for (unsigned i = 0; i < depth; i++) {
		b[n++] = route[i].target_id;
		b[n++] = route[i].target_type;
	}
	b[n++] = (uint8_t)op;
	b[n++] = (uint8_t)(op >> 8);
	return write_file(dir, name, b, n, pl, len);
}

static int seeds_policy(const char *corpus)
{
	static const char *const prof[] = { "linux_raw", "lockdown", "fabric_ro", "fabric_admin",
					    "cel" };
	static const uint8_t scrub[0x22] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b, 0xa7,
					     0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
	static const uint8_t partition[9] = { [8] = 1 };      /* immediate */
	static const uint8_t cfg_write[8] = { [3] = 0x80 };   /* descriptor bit 23 */
	const struct cxlmb_tunnel_hop r[4] = { { 1, 0 }, { 0, 0 }, { 2, 0 }, { 3, 0 } };
	uint8_t w[256];
	char d[1024], name[128];
	size_t n;
	int rc = 0;

	snprintf(d, sizeof(d), "%s/policy", corpus);
	for (unsigned p = 0; p < 5; p++) {
#define NAME(s) (snprintf(name, sizeof(name), "%s_%s", prof[p], s), name)
		rc |= seed_policy(d, NAME("sanitize_direct"), p, r, 0, 0x4400, NULL, 0);
		rc |= seed_policy(d, NAME("sanitize_route2"), p, r, 2, 0x4400, NULL, 0);
		if (!cxlmb_tunnel_wrap(r, 2, 7, 0x4400, NULL, 0, w, sizeof(w), &n))
			rc |= seed_policy(d, NAME("sanitize_wrap2"), p, r, 0, 0x5300, w, n);
		if (!cxlmb_tunnel_wrap(r + 1, 1, 7, 0x4000, NULL, 0, w, sizeof(w), &n))
			rc |= seed_policy(d, NAME("identify_memdev_route1_wrap1"), p, r, 1, 0x5300, w, n);
		rc |= seed_policy(d, NAME("clear_log_cel"), p, r, 0, 0x0403, cxlmb_uuid_cel, 16);
		rc |= seed_policy(d, NAME("set_partition_immediate"), p, r, 0, 0x4101, partition, 9);
		rc |= seed_policy(d, NAME("ppb_config_write_route1"), p, r, 1, 0x5103, cfg_write, 8);
		rc |= seed_policy(d, NAME("set_feature_scrub"), p, r, 0, 0x0502, scrub, sizeof(scrub));
		if (!cxlmb_tunnel_wrap(r + 2, 2, 7, 0x0001, NULL, 0, w, sizeof(w), &n))
			rc |= seed_policy(d, NAME("identify_route2_wrap2"), p, r, 2, 0x5300, w, n);
		if (!cxlmb_tunnel_wrap(r, 4, 7, 0x0001, NULL, 0, w, sizeof(w), &n))
			rc |= seed_policy(d, NAME("identify_wrap4"), p, r, 0, 0x5300, w, n);
#undef NAME
	}
	return rc;
}

/* cci, the modes of fuzz_cci.c (ctl bits 4:2) that reach the oracles: a
 * strict nested response with a tag (mode 0) and a request (mode 1) at every
 * depth, one routed response (a hop that failed), a request and a response
 * message (mode 2), and the wrap inputs (modes 3 and 4). */
static int cci_seeds(const char *d, uint8_t *buf, size_t cap)
{
	static const uint8_t body[4] = { 0xA1, 0xB2, 0xC3, 0xD4 };
	static uint8_t lvl[2][1024];
	int rc = 0;
	char name[64];
	for (unsigned depth = 1; depth <= CXLMB_TUNNEL_MAX_DEPTH; depth++) {
		const uint8_t dd = (uint8_t)(depth - 1);
		for (unsigned route = 0; route < 2; route++) {
			/* levels innermost first: rc 0 above the bottom, 5300h
			 * above the 4000h answer; route: level 1 answers 0005h */
			unsigned bottom = route ? 1 : depth;
			struct cxlmb_bytes inner = { body, sizeof(body) };
			size_t n = 0;
			if (route && depth == 1)
				continue;
			for (unsigned k = bottom; k-- > 0;) {
				uint16_t op = k + 1 == depth ? 0x4000 : CXLMB_OPCODE_TUNNEL;
				struct cxlmb_cci_msg m = { .category = 1, .tag = 0x5A,
							   .command = (uint8_t)op,
							   .command_set = (uint8_t)(op >> 8),
							   .rc = k + 1 == bottom && route ? 5 : 0,
							   .payload = inner };
				if (cxlmb_tunnel_wrap_rsp(&m, lvl[k & 1], sizeof(lvl[0]), &n))
					return 1;
				inner.data = lvl[k & 1];
				inner.len = (uint32_t)n;
			}
			uint8_t h0[4] = { (uint8_t)(0x20 | dd), 0x00, 0x40, 0x5A };
			snprintf(name, sizeof(name), route ? "rsp_route_depth%u" : "rsp_tag_depth%u",
				 depth);
			rc |= write_file(d, name, h0, sizeof(h0), inner.data, n);
			if (depth == CXLMB_TUNNEL_MAX_DEPTH && !route) { /* ctl bit 7: LENIENT */
				h0[0] |= 0x80;
				snprintf(name, sizeof(name), "rsp_tag_lenient_depth%u", depth);
				rc |= write_file(d, name, h0, sizeof(h0), inner.data, n);
			}
		}
		struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH] = { { 1, 0 }, { 2, 1 }, { 3, 0 },
									 { 4, 1 } };
		size_t n = 0;
		if (cxlmb_tunnel_wrap(path, depth, 0x33, 0x4000, body, sizeof(body), buf, cap, &n))
			return 1;
		uint8_t h1[3] = { (uint8_t)(1 << 2 | dd), 0x00, 0x40 };
		snprintf(name, sizeof(name), "req_unwrap_depth%u", depth);
		rc |= write_file(d, name, h1, sizeof(h1), buf, n);
		/* mode 3: tag, exact cap, the hops, the payload */
		uint8_t h3[3 + 2 + 2 * CXLMB_TUNNEL_MAX_DEPTH] = { (uint8_t)(3 << 2 | dd), 0x00, 0x40,
								    0x33, 0 };
		for (unsigned k = 0; k < depth; k++) {
			h3[5 + 2 * k] = path[k].target_id;
			h3[6 + 2 * k] = path[k].target_type;
		}
		snprintf(name, sizeof(name), "req_wrap_depth%u", depth);
		rc |= write_file(d, name, h3, 5 + 2 * depth, body, sizeof(body));
		h3[4] = 0x80; /* a block one byte short */
		snprintf(name, sizeof(name), "req_wrap_short_depth%u", depth);
		rc |= write_file(d, name, h3, 5 + 2 * depth, body, sizeof(body));
		/* mode 4: tag 5Ah, rc 0, vendor status 0, bg at the bottom,
		 * no route, exact cap, the payload; then level 1 routed */
		uint8_t h4[11] = { (uint8_t)(4 << 2 | dd), 0x00, 0x40, 0x5A, 0, 0, 0, 0,
				   (uint8_t)(1u << (depth - 1)), 0, 0 };
		snprintf(name, sizeof(name), "rsp_wrap_depth%u", depth);
		rc |= write_file(d, name, h4, sizeof(h4), body, sizeof(body));
		h4[10] = 0x80; /* a block one byte short */
		snprintf(name, sizeof(name), "rsp_wrap_short_depth%u", depth);
		rc |= write_file(d, name, h4, sizeof(h4), body, sizeof(body));
		h4[10] = 0;
		h4[4] = 5;
		h4[9] = 1;
		snprintf(name, sizeof(name), "rsp_wrap_route_depth%u", depth);
		rc |= write_file(d, name, h4, sizeof(h4), body, sizeof(body));
	}
	/* modes 3 and 4 at the 16-bit size limit (ctl bits 6:5): the payload
	 * length mod 4 puts the outermost size at the limit (1) or past it (2) */
	for (size_t over = 0; over < 2; over++) {
		const uint8_t dd = CXLMB_TUNNEL_MAX_DEPTH - 1;
		uint8_t h3[3 + 2 + 2 * CXLMB_TUNNEL_MAX_DEPTH] = { (uint8_t)(0x60 | 3 << 2 | dd),
								    0x00, 0x40, 0x33, 0 };
		snprintf(name, sizeof(name), "req_wrap_limit_%s", over ? "over" : "at");
		rc |= write_file(d, name, h3, sizeof(h3), body, 1 + over);
		uint8_t h4[11] = { (uint8_t)(0x40 | 4 << 2 | dd), 0x00, 0x40, 0x5A };
		snprintf(name, sizeof(name), "rsp_wrap_limit_%s", over ? "over" : "at");
		rc |= write_file(d, name, h4, sizeof(h4), body, 1 + over);
	}
	/* mode 2: a 0001h request, tag 7, and its response, q the request */
	for (uint8_t cat = 0; cat < 2; cat++) {
		struct cxlmb_cci_msg m = { .category = cat, .tag = 7, .command = 1,
					   .payload = { body, sizeof(body) } };
		size_t n = 0;
		if (cxlmb_cci_msg_encode(&m, buf, cap, &n))
			return 1;
		uint8_t h2[4] = { 2 << 2, 0x01, 0x00, 7 };
		snprintf(name, sizeof(name), "msg_%s", cat ? "rsp" : "req");
		rc |= write_file(d, name, h2, sizeof(h2), buf, n);
	}
	return rc;
}

int main(int argc, char **argv)
{
	char d[1024];
	static uint8_t buf[8192];
	int rc = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: fuzz_gen_corpus <corpus-dir> <dict-dir>\n");
		return 2;
	}
	mkdir(argv[1], 0755);
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		for (int dir = 0; dir < 2; dir++) {
			uint8_t sel[FUZZ_SEL_LEN + 1] = { 0, 0, 1 };
			size_t n = seed_payload(c, (enum cxlmb_dir)dir, buf, sizeof(buf));
			fuzz_put_sel(sel, c->opcode);
			char name[128];
			snprintf(name, sizeof(name), "%04x_%s", c->opcode, c->ident);
			snprintf(d, sizeof(d), "%s/%s", argv[1], dir ? "rsp_decode" : "req_decode");
			rc |= write_file(d, name, sel, sizeof(sel), buf, n);
			rc |= seed_encode(d, c, (enum cxlmb_dir)dir, buf, n);
			if (dir == CXLMB_RSP)
				rc |= seed_ctx(d, c, buf, n);
			sel[FUZZ_SEL_LEN] = (uint8_t)(dir | 2);
			snprintf(d, sizeof(d), "%s/roundtrip", argv[1]);
			snprintf(name, sizeof(name), "%04x_%s_%s", c->opcode, c->ident, dir ? "rsp" : "req");
			rc |= write_file(d, name, sel, sizeof(sel), buf, n);
		}
	}
	rc |= seeds_by_uuid(argv[1]);
	/* cci: requests wrapped 1..max levels deep, and single responses */
	snprintf(d, sizeof(d), "%s/cci", argv[1]);
	for (unsigned depth = 1; depth <= CXLMB_TUNNEL_MAX_DEPTH; depth++) {
		struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH] = { { 1, 0 } };
		uint8_t hdr[3] = { (uint8_t)(depth - 1), 0x00, 0x40 };
		size_t n;
		char name[64];
		if (cxlmb_tunnel_wrap(path, depth, 0, 0x4000, NULL, 0, buf, sizeof(buf), &n) == 0) {
			snprintf(name, sizeof(name), "wrap_depth%u", depth);
			rc |= write_file(d, name, hdr, 3, buf, n);
		}
		struct cxlmb_cci_msg m = { .category = 1, .command = 0, .command_set = 0x40 };
		if (cxlmb_tunnel_wrap_rsp(&m, buf, sizeof(buf), &n) == 0) {
			snprintf(name, sizeof(name), "rsp_depth1_%u", depth);
			uint8_t h1[3] = { 0, 0x00, 0x40 };
			rc |= write_file(d, name, h1, 3, buf, n);
		}
	}
	rc |= cci_seeds(d, buf, sizeof(buf));
	/* discovery: a configuration space whose Register Locator puts RBI 3 at
	 * BAR 0 offset 0, then the simulator's register block (fuzz_discovery.c) */
	snprintf(d, sizeof(d), "%s/discovery", argv[1]);
	for (unsigned variant = 0; variant < 2; variant++) {
		struct cxlmb_sim_config sc;
		static struct cxlmb_sim sim; /* ~170 KB: off the stack */
		static uint8_t cfg[0x200];
		/* delay hook, RBI 3 first instance, BAR 0 present (64 KiB), 200h of config */
		uint8_t hdr[7] = { 4, 3, 0, 0x3E, 4, 0x00, 0x02 };
		memset(cfg, 0, sizeof(cfg));
		static const uint8_t regloc[] = {
			0x23, 0x00, 0x01, 0x00,             /* DVSEC, version 1, last */
			0x98, 0x1E, 0x40, 0x01,             /* CXL, revision 0, length 14h */
			0x08, 0x00, 0x00, 0x00,             /* Register Locator */
			0x00, 0x03, 0x00, 0x00,             /* BIR 0, RBI 3, offset 0 */
			0x00, 0x00, 0x00, 0x00,
		};
		memcpy(cfg + 0x100, regloc, sizeof(regloc));
		cxlmb_sim_config_default(&sc);
		sc.variant = variant;
		if (cxlmb_sim_init(&sim, &sc) == 0) {
			char name[32];
			static uint8_t img[7 + sizeof(cfg) + 0x4000];
			size_t n = sim.regs_len < 0x4000 ? sim.regs_len : 0x4000;
			memcpy(img, hdr, 7);
			memcpy(img + 7, cfg, sizeof(cfg));
			memcpy(img + 7 + sizeof(cfg), sim.regs, n);
			snprintf(name, sizeof(name), "%s_chain", variant ? "switch" : "type3");
			rc |= write_file(d, name, img, 7 + sizeof(cfg) + n, NULL, 0);
			cxlmb_sim_fini(&sim);
		}
	}
	/* hostile_device: well-behaved devices' register reads (fuzz_hostile_device.c) */
	{
		const uint8_t good[] = {
			0x0F, 64, 0x01, 0x00, 0, 0, 0, 0x80,     /* header: 0001h Identify */
			0x10, 0, 0, 0, 0, 0, 0, 0,               /* memdev status: mailbox ready */
			11, 0, 0, 0,                             /* caps: 2 KiB payload */
			0,                                       /* operation: send */
			0, 0, 0, 0,                              /* control: doorbell clear */
			0, 0, 0, 0,                              /* poll: done */
			0, 0, 0, 0, 0, 0, 0, 0,                  /* status: success */
			1, 0, 0x12, 0, 0, 0, 0, 0,               /* command: 12h bytes out */
			0x86, 0x80, 0x93, 0x0d, 0xf4, 0x1a, 0x00, 0x11, 1, 2, 3, 4, 5, 6, 7, 8, 11, 3,
		};
		const uint8_t bg[] = {
			0x0B, 0, 0x01, 0, 0, 0, 0, 0,            /* delay, clock, readiness; 0001h */
			0x10, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0,   /* ready; 256-byte payload */
			0,                                       /* send: started in the background */
			0, 0, 0, 0, 0, 0, 0, 0,
			0, 0, 0, 0, 1, 0, 0, 0,                  /* status: rc 0001h */
			0, 0, 0, 0, 0, 0, 0, 0,
			2,                                       /* bg_wait */
			1, 0, 0, 0, 0, 0, 0, 0,                  /* running */
			1, 0, 50, 0, 0, 0, 0, 0,                 /* 0001h at 50% */
			0, 0, 0, 0, 0, 0, 0, 0,                  /* ended */
			1, 0, 100, 0, 4, 0, 0, 0,                /* 100%, Internal Error */
			1, 0, 100, 0, 4, 0, 0, 0,
			1,                                       /* bg_status */
			0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0,
		};
		snprintf(d, sizeof(d), "%s/hostile_device", argv[1]);
		rc |= write_file(d, "good_device", good, sizeof(good), NULL, 0);
		rc |= write_file(d, "bg_failed", bg, sizeof(bg), NULL, 0);
	}
	/* stateful: scenarios for each device, steps named by opcode */
	{
		static const struct {
			const char *name;
			uint8_t variant;
			uint8_t steps[8][44]; /* opcode hi, lo, wait, len, payload */
		} seqs[] = {
			{ "t3_sanitize_abort", 0, { { 0x40, 0x00 }, { 0x44, 0x00 }, { 0x00, 0x02, 10 },
						    { 0x00, 0x05 }, { 0x04, 0x00 } } },
			{ "t3_scan_media", 0, { { 0x43, 0x01, 0, 8, 0x00, 0x10 },
						{ 0x43, 0x04, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 },
						{ 0x00, 0x02, 50 }, { 0x43, 0x05 } } },
			{ "t3_partition_lsa", 0, { { 0x41, 0x01, 0, 9, 2 }, { 0x41, 0x00 },
						   { 0x41, 0x03, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 },
						   { 0x41, 0x02, 0, 8, 0, 0, 0, 0, 4 } } },
			{ "t3_features", 0, { { 0x05, 0x00, 0, 8, 0x68 },
					      /* Set Feature, patrol scrub: 12 h, enabled */
					      { 0x05, 0x02, 0, 0x22, 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48,
						0x2b, 0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a, 0, 0, 0, 0,
						0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 1 } } },
			{ "sw_bind_unbind", 1, { { 0x52, 0x00, 0, 4, 0, 8, 1, 0 },
						 { 0x52, 0x01, 0, 6, 0, 2, 1, 0, 2, 0 }, { 0x00, 0x02, 20 },
						 { 0x52, 0x02, 0, 3, 0, 2, 0 }, { 0x51, 0x00 } } },
		};
		snprintf(d, sizeof(d), "%s/stateful", argv[1]);
		for (size_t q = 0; q < sizeof(seqs) / sizeof(seqs[0]); q++) {
			size_t n = 0;
			buf[n++] = seqs[q].variant;
			for (size_t k = 0; k < 8 && (seqs[q].steps[k][0] | seqs[q].steps[k][1]); k++) {
				uint16_t op = (uint16_t)(seqs[q].steps[k][0] << 8 | seqs[q].steps[k][1]);
				size_t len = FUZZ_SEL_LEN + seqs[q].steps[k][3];
				buf[n++] = 0x00; /* a command to the device */
				buf[n++] = seqs[q].steps[k][2];
				buf[n++] = (uint8_t)len;
				buf[n++] = (uint8_t)(len >> 8);
				fuzz_put_sel(buf + n, op);
				n += FUZZ_SEL_LEN;
				memcpy(buf + n, &seqs[q].steps[k][4], seqs[q].steps[k][3]);
				n += seqs[q].steps[k][3];
			}
			rc |= write_file(d, seqs[q].name, buf, n, NULL, 0);
		}
		/* the fabric manager offers capacity; a tunnel to the MLD's FM-owned
		 * LD (Identify); the device finds two media errors */
		{
			static const uint8_t dc[] = { 0, 0xF0, 0, 2, 0, 0, 3 };
			static const uint8_t tun[] = { 1, 0xFA, 0, 3, 0, 0, 0x01, 0x00 };
			static const uint8_t err[] = { 0, 0xF9, 0, 2, 0, 0x10, 0, 0xF9, 0, 2, 0, 0x20, 0 };
			rc |= write_file(d, "t3_dc_offer", dc, sizeof(dc), NULL, 0);
			rc |= write_file(d, "sw_tunnel_ld", tun, sizeof(tun), NULL, 0);
			rc |= write_file(d, "t3_media_errors", err, sizeof(err), NULL, 0);
		}
		rc |= seeds_stateful_paths(d);
	}
	rc |= seeds_policy(argv[1]);
	/* a dictionary per product target (fuzz/targets.txt; ci/test checks
	 * that each is current and that every product target has one) */
	mkdir(argv[2], 0755);
	for (size_t t = 0; t < sizeof(dicts) / sizeof(dicts[0]); t++) {
		char path[1024];
		FILE *f;
		snprintf(path, sizeof(path), "%s/%s.dict", argv[2], dicts[t].target);
		if (!(f = fopen(path, "w")))
			return 1;
		dicts[t].write(f);
		rc |= fclose(f) != 0;
	}
	return rc;
}
