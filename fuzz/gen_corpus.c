/* Writes seed corpora and dictionaries for every fuzz target, from the
 * catalog's own encoders:  fuzz_gen_corpus <corpus-dir> <dict-dir> */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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
	uint8_t b[18];
} hand_seeds[] = {
	/* 4402h discovery (Table 8-147/8-150): class 0, no ranges, 8 ops from 0 */
	{ 0x4402, CXLMB_REQ, 12, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0 } },
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
			uint8_t sel[3] = { (uint8_t)i, (uint8_t)(i >> 8), 1 };
			size_t n = seed_payload(c, (enum cxlmb_dir)dir, buf, sizeof(buf));
			char name[128];
			snprintf(name, sizeof(name), "%04x_%s", c->opcode, c->ident);
			snprintf(d, sizeof(d), "%s/%s", argv[1], dir ? "rsp_decode" : "req_decode");
			rc |= write_file(d, name, sel, 3, buf, n);
			sel[2] = (uint8_t)(dir | 2);
			snprintf(d, sizeof(d), "%s/roundtrip", argv[1]);
			snprintf(name, sizeof(name), "%04x_%s_%s", c->opcode, c->ident, dir ? "rsp" : "req");
			rc |= write_file(d, name, sel, 3, buf, n);
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
	/* discovery: the simulator's register blocks */
	snprintf(d, sizeof(d), "%s/discovery", argv[1]);
	for (unsigned variant = 0; variant < 2; variant++) {
		struct cxlmb_sim_config sc;
		struct cxlmb_sim sim;
		uint8_t hdr[2] = { 0, 3 };
		cxlmb_sim_config_default(&sc);
		sc.variant = variant;
		if (cxlmb_sim_init(&sim, &sc) == 0) {
			rc |= write_file(d, variant ? "switch_block" : "type3_block", hdr, 2, sim.regs, sim.regs_len);
			cxlmb_sim_fini(&sim);
		}
	}
	/* hostile_device: a well-behaved device's register reads */
	{
		static const uint8_t good[] = {
			64, 1,                                   /* caller cap, has memdev status */
			0x10, 0, 0, 0, 0, 0, 0, 0,               /* memdev status: mailbox ready */
			11, 0, 0, 0,                             /* caps: 2 KiB payload */
			0, 0, 0, 0,                              /* control: doorbell clear */
			0, 0, 0, 0,                              /* poll: done */
			0, 0, 0, 0, 0, 0, 0, 0,                  /* status: success */
			0, 0, 0x12, 0, 0, 0, 0, 0,               /* command: 12h bytes out */
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
		};
		snprintf(d, sizeof(d), "%s/hostile_device", argv[1]);
		rc |= write_file(d, "good_device", good, sizeof(good), NULL, 0);
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
			unsigned ep = seqs[q].variant ? CXLMB_SIM_EP_SWITCH : CXLMB_SIM_EP_TYPE3;
			size_t n = 0;
			buf[n++] = seqs[q].variant;
			for (size_t k = 0; k < 8 && (seqs[q].steps[k][0] | seqs[q].steps[k][1]); k++) {
				uint16_t op = (uint16_t)(seqs[q].steps[k][0] << 8 | seqs[q].steps[k][1]);
				size_t idx = 0;
				while (idx < cxlmb_sim_ep_command_count(ep) && cxlmb_sim_ep_command_at(ep, idx) != op)
					idx++;
				if (idx == cxlmb_sim_ep_command_count(ep))
					return 1; /* the scenario names a command the device lacks */
				buf[n++] = (uint8_t)idx;
				buf[n++] = seqs[q].steps[k][3];
				buf[n++] = seqs[q].steps[k][2];
				memcpy(buf + n, &seqs[q].steps[k][4], seqs[q].steps[k][3]);
				n += seqs[q].steps[k][3];
			}
			rc |= write_file(d, seqs[q].name, buf, n, NULL, 0);
		}
		/* the fabric manager offers capacity, the host accepts it; a tunnel to LD 0 */
		{
			static const uint8_t dc[] = { 0, 0xF0, 2, 0, 0, 3 };
			static const uint8_t tun[] = { 1, 0xFA, 2, 0, 0, 0 };
			rc |= write_file(d, "t3_dc_offer", dc, sizeof(dc), NULL, 0);
			static const uint8_t err[] = { 0, 0xF9, 2, 0, 0x10, 0, 0xF9, 2, 0, 0x20, 0 };
			rc |= write_file(d, "sw_tunnel_ld", tun, sizeof(tun), NULL, 0);
			rc |= write_file(d, "t3_media_errors", err, sizeof(err), NULL, 0);
		}
	}
	/* a dictionary per target, from the catalog and the register layouts */
	{
		static const char *const targets[] = { "rsp_decode", "req_decode", "roundtrip",
							"cci", "discovery", "hostile_device", "stateful" };
		mkdir(argv[2], 0755);
		for (size_t t = 0; t < sizeof(targets) / sizeof(targets[0]); t++) {
			char path[1024];
			FILE *f;
			snprintf(path, sizeof(path), "%s/%s.dict", argv[2], targets[t]);
			if (!(f = fopen(path, "w")))
				return 1;
			if (t <= 3) { /* catalog opcodes: decoders, round trip, CCI headers */
				for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
					const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
					fprintf(f, "op_%04x=\"\\x%02x\\x%02x\"\n", c->opcode,
						c->opcode & 0xFF, c->opcode >> 8);
				}
				const uint8_t *uuids[] = { cxlmb_uuid_cel, cxlmb_uuid_vendor_debug };
				for (int u = 0; u < 2; u++) {
					fprintf(f, "uuid_%d=\"", u);
					for (int k = 0; k < 16; k++)
						fprintf(f, "\\x%02x", uuids[u][k]);
					fprintf(f, "\"\n");
				}
				fprintf(f, "len_80=\"\\x80\"\nff16=\"\\xff\\xff\"\n");
			}
			if (t == 3) /* CCI: categories, the tunnel opcode, a 12-byte length */
				fprintf(f, "rsp=\"\\x01\"\ntunnel=\"\\x00\\x53\"\nlen12=\"\\x0c\\x00\"\n");
			if (t == 4) /* discovery: DVSEC, CXL vendor, register locator, cap IDs */
				fprintf(f, "dvsec=\"\\x23\\x00\"\ncxl=\"\\x98\\x1e\"\nregloc=\"\\x08\\x00\"\n"
					   "mbox=\"\\x02\\x00\"\nmemdev=\"\\x00\\x40\"\nrbi3=\"\\x03\"\n");
			if (t == 5) /* register values: payload sizes, ready, doorbell, lengths */
				fprintf(f, "caps_2k=\"\\x0b\\x00\\x00\\x00\"\nready=\"\\x10\"\n"
					   "busy=\"\\x01\\x00\\x00\\x00\"\nbg=\"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"\n"
					   "pct100=\"\\x00\\x00\\x64\"\n");
			if (t == 6) /* the simulator's command indexes and lengths */
				fprintf(f, "zero=\"\\x00\\x00\\x00\"\nlen8=\"\\x08\"\n");
			rc |= fclose(f) != 0;
		}
	}
	return rc;
}
