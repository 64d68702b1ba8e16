/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Writes seed corpora and dictionaries for every fuzz target, from the
 * catalog's own encoders:  fuzz_gen_corpus <corpus-dir> <dict-dir> */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_target.h"
#include "sim.h"

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
		   "power_cycle=\"\\xf8\"\nmedia_error=\"\\xf9\"\ndc_offer=\"\\xf0\"\n");
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
	{ "rsp_decode", dict_catalog },
	{ "req_decode", dict_catalog },
	{ "roundtrip", dict_catalog },
	{ "cci", dict_cci },
	{ "discovery", dict_discovery },
	{ "hostile_device", dict_hostile_device },
	{ "stateful", dict_stateful },
	{ "policy", dict_policy },
	{ "cli", dict_cli },
	{ "roundtrip_le_bytes", dict_catalog }, /* roundtrip's inputs, byte-loop LE build */
};

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
			sel[FUZZ_SEL_LEN] = (uint8_t)(dir | 2);
			snprintf(d, sizeof(d), "%s/roundtrip", argv[1]);
			snprintf(name, sizeof(name), "%04x_%s_%s", c->opcode, c->ident, dir ? "rsp" : "req");
			rc |= write_file(d, name, sel, sizeof(sel), buf, n);
		}
	}
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
