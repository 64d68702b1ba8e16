/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Answers whose shape the request sets (issue 13): 5200h sized by the
 * request's start index and list limit, and 5300h decoded through its
 * embedded messages, with the request walked in step. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];

/* CXL r3.2 Table 7-32 request: start vPPB, list limit, VCS count, IDs */
static const uint8_t req_limit1[] = { 0x00, 0x01, 0x02, 0x00, 0x01 };
/* Table 7-33/7-34 answer to it: two VCSs of 4 and 2 vPPBs, one entry each */
static const uint8_t rsp_limit1[] = {
	0x02, 0x00, 0x00, 0x00,                         /* 2 VCSs */
	0x00, 0x01, 0x04, 0x04, 0x02, 0x05, 0xFF, 0x00, /* VCS 0: 4 vPPBs, 1 shown */
	0x01, 0x01, 0x06, 0x02, 0x03, 0x07, 0x01, 0x00, /* VCS 1: 2 vPPBs, 1 shown */
};

static void test_vcs_info_sized_by_request(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5200);
	struct cxlmb_get_vcs_info_rsp *r = (struct cxlmb_get_vcs_info_rsp *)val;
	struct cxlmb_vcs_info vi;
	struct cxlmb_vppb_info e;
	uint32_t pos = 0;

	/* on its own, each block would hold all of its vPPBs: refused */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, rsp_limit1, sizeof(rsp_limit1), CXLMB_STRICT,
					  val),
			 CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, req_limit1, sizeof(req_limit1), rsp_limit1,
					      sizeof(rsp_limit1), CXLMB_STRICT, val),
			 CXLMB_E_OK);
	/* the second block starts where the first one's single entry ends */
	assert_int_equal(cxlmb_vcs_info_next(r, &pos, CXLMB_STRICT, &vi), 0);
	assert_int_equal(vi.num_vppbs, 4);
	assert_int_equal(vi.vppbs.count, 1);
	assert_int_equal(cxlmb_vcs_info_next(r, &pos, CXLMB_STRICT, &vi), 0);
	assert_int_equal(vi.vcs_id, 1);
	assert_int_equal(vi.usp_id, 6);
	assert_int_equal(vi.vppbs.count, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, 0, CXLMB_STRICT, &e), 0);
	assert_int_equal(e.binding_status, 3);
	assert_int_equal(e.bound_port_id, 7);
	assert_int_equal(cxlmb_vcs_info_next(r, &pos, CXLMB_STRICT, &vi), CXLMB_E_NOT_FOUND);

	/* r3.2 Table 7-32: min(vPPB List Limit, Number of vPPBs); the start
	 * index does not shorten the list */
	uint8_t q2[] = { 0x03, 0x08, 0x01, 0x00 };
	uint8_t a2[] = { 0x01, 0, 0, 0, 0x00, 0x01, 0x04, 0x02, 0x00, 0x00, 0x00, 0x00,
			 0x00, 0x00, 0x00, 0x00 };
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q2, sizeof(q2), a2, sizeof(a2), CXLMB_STRICT, val), 0);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q2, sizeof(q2), a2, 12, CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	/* the request's limit and VCS count are at least 1 (Table 7-30) */
	q2[1] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q2, sizeof(q2), a2, sizeof(a2), CXLMB_STRICT, val),
			 CXLMB_E_BAD_ENUM);
	q2[1] = 8;
	/* strictly, one block per VCS asked for */
	uint8_t q3[] = { 0x03, 0x08, 0x02, 0x00, 0x01 };
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q3, sizeof(q3), a2, sizeof(a2), CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	/* a malformed request is an error of its own */
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q3, 2, a2, sizeof(a2), CXLMB_STRICT, val),
			 CXLMB_E_TRUNCATED);
	/* the typed decoder takes the same context */
	assert_int_equal(cxlmb_schema_decode_ex(&cxlmb_get_vcs_info_rsp_schema, req_limit1,
						sizeof(req_limit1), rsp_limit1, sizeof(rsp_limit1),
						CXLMB_STRICT, val, NULL),
			 CXLMB_E_OK);
}

/* Binding status 4: bound to a PID (PBR switches) */
static void test_binding_status_pid(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5200);
	uint8_t a[] = { 0x01, 0, 0, 0, 0x00, 0x01, 0x04, 0x01, 0x04, 0x02, 0xFF, 0x00 };

	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, a, sizeof(a), CXLMB_STRICT, val), 0);
	a[8] = 5;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, a, sizeof(a), CXLMB_STRICT, val),
			 CXLMB_E_BAD_ENUM);
}

/* A 5300h request carrying msg (len bytes) to port 1 */
static size_t tunnel_req(const uint8_t *msg, size_t len, uint8_t *out)
{
	out[0] = 1;
	out[1] = 0;
	out[2] = (uint8_t)len;
	out[3] = (uint8_t)(len >> 8);
	memcpy(out + 4, msg, len);
	return 4 + len;
}

static int dec5300(enum cxlmb_dir dir, const uint8_t *buf, size_t len, unsigned flags)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5300);
	int rc = cxlmb_cmd_decode(c, dir, buf, len, flags, val);
	/* the typed decoder gives the same answer */
	int typed = dir == CXLMB_REQ
			    ? cxlmb_tunnel_req_decode(buf, len, flags, (struct cxlmb_tunnel_req *)val)
			    : cxlmb_tunnel_rsp_decode(buf, len, flags, (struct cxlmb_tunnel_rsp *)val);
	assert_int_equal(rc, typed);
	return rc;
}

static void test_tunnel_decoded_through(void **state)
{
	(void)state;
	uint8_t buf[256];
	/* Identify (0001h) request: 12-byte header, no payload */
	uint8_t ident[12] = { 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00 };
	size_t n;

	n = tunnel_req(ident, sizeof(ident), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_OK);
	/* a 1-byte message */
	n = tunnel_req(ident, 1, buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* a response-category message inside a request */
	ident[0] = 1;
	n = tunnel_req(ident, sizeof(ident), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_BAD_CATEGORY);
	ident[0] = 0;
	/* the inner length disagrees with the bytes present */
	ident[5] = 4;
	n = tunnel_req(ident, sizeof(ident), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_BAD_LENGTH);
	/* the command size disagrees with the message */
	ident[5] = 0;
	n = tunnel_req(ident, sizeof(ident), buf);
	buf[2]++;
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_BAD_LENGTH);
	/* the inner payload is decoded as the inner opcode's: Identify takes
	 * no payload, so 4 bytes are too many */
	uint8_t withpl[16] = { 0x00, 0x05, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00 };
	n = tunnel_req(withpl, sizeof(withpl), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	/* ... and Get Log's (0401h) request is 18h bytes: 4 are too few */
	withpl[3] = 0x01;
	withpl[4] = 0x04;
	n = tunnel_req(withpl, sizeof(withpl), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* an opcode the catalog lacks: refused strictly, passed leniently */
	withpl[4] = 0x3F;
	n = tunnel_req(withpl, sizeof(withpl), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_UNKNOWN_OPCODE);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_LENIENT), CXLMB_E_OK);
	/* r3.2 Table 7-14: a request carries return code and vendor status 0 */
	ident[8] = 1;
	n = tunnel_req(ident, sizeof(ident), buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_EXACT), CXLMB_E_OK);
	ident[8] = 0;
	/* the transport's own unwrapping asks for no inner decode */
	assert_int_equal(cxlmb_tunnel_req_decode(buf, n, CXLMB_STRICT | CXLMB_SHALLOW,
						 (struct cxlmb_tunnel_req *)val),
			 CXLMB_E_OK);
}

static void test_tunnel_nesting_bounded(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH + 1] = { { 1, 0 } };
	uint8_t buf[512], deeper[600];
	size_t n, m;

	/* as deep as the bound: the wrap nests 5300h inside 5300h */
	assert_int_equal(cxlmb_tunnel_wrap(path, CXLMB_TUNNEL_MAX_DEPTH, 1, 0x0001, NULL, 0, buf,
					   sizeof(buf), &n),
			 0);
	assert_int_equal(dec5300(CXLMB_REQ, buf + 16, n - 16, CXLMB_STRICT), CXLMB_E_OK);
	assert_int_equal(dec5300(CXLMB_REQ, buf, n, CXLMB_STRICT), CXLMB_E_OK);
	/* one level more than the bound, built by hand around it */
	uint8_t hdr[12] = { 0x00, 0x01, 0x00, 0x00, 0x53, (uint8_t)n, (uint8_t)(n >> 8), 0x00 };
	memcpy(deeper, hdr, 12);
	memcpy(deeper + 12, buf, n);
	m = tunnel_req(deeper, n + 12, buf);
	assert_int_equal(dec5300(CXLMB_REQ, buf, m, CXLMB_STRICT), CXLMB_E_DEPTH);
}

/* A 5300h answer, decoded with its request: the embedded answer to 5200h
 * takes its shape from the embedded request. */
static void test_tunnel_answer_with_request(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5300);
	struct cxlmb_tunnel_hop hop = { 1, 0 };
	uint8_t q[64], a[64];
	size_t qn, an;

	assert_int_equal(cxlmb_tunnel_wrap(&hop, 1, 9, 0x5200, req_limit1, sizeof(req_limit1), q,
					   sizeof(q), &qn),
			 0);
	struct cxlmb_cci_msg m = { .category = CXLMB_CCI_RESPONSE, .tag = 9, .command = 0x00,
				   .command_set = 0x52,
				   .payload = { rsp_limit1, sizeof(rsp_limit1) } };
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, a, sizeof(a), &an), 0);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, a, an, CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, qn, a, an, CXLMB_STRICT, val), CXLMB_E_OK);
	/* an answer to another command than the one asked */
	m.command = 0x01;
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, a, sizeof(a), &an), 0);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, qn, a, an, CXLMB_STRICT, val),
			 CXLMB_E_TAG_MISMATCH);
	/* a failed embedded answer carries no layout */
	m.command = 0x00;
	m.rc = 2;
	m.payload = (struct cxlmb_bytes){ NULL, 0 };
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, a, sizeof(a), &an), 0);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, qn, a, an, CXLMB_STRICT, val), CXLMB_E_OK);
}

/* Every other answer that the request bounds: at most what was asked, for
 * the start index asked (CXL r3.2 Get Log, Get Feature, Get LSA, Get LD
 * Allocations, Get Physical Port State, Get DC Extent List ...). */
static void test_answers_bounded_by_request(void **state)
{
	(void)state;
	uint8_t data[16] = { 0 };
	/* Get Log (0401h): 8 bytes asked (length at 14h), 16 answered */
	uint8_t log_q[0x18] = { 0 };
	log_q[0x14] = 8;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0401);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, log_q, sizeof(log_q), data, 16, CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, log_q, sizeof(log_q), data, 8, CXLMB_STRICT, val), 0);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, data, 16, CXLMB_STRICT, val), 0);
	/* Get LSA (4102h): 4 bytes asked */
	uint8_t lsa_q[8] = { 0, 0, 0, 0, 4, 0, 0, 0 };
	c = cxlmb_cmd_find(0x4102);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, lsa_q, 8, data, 5, CXLMB_STRICT, val), CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, lsa_q, 8, data, 4, CXLMB_STRICT, val), 0);
	/* Get LD Allocations (5401h): from LD 1, at most 1 */
	uint8_t ld_q[2] = { 1, 1 };
	uint8_t ld_a[4 + 32] = { 4, 0, 1, 2 };
	c = cxlmb_cmd_find(0x5401);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, ld_q, 2, ld_a, sizeof(ld_a), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	ld_a[3] = 1;
	ld_a[2] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, ld_q, 2, ld_a, 20, CXLMB_STRICT, val),
			 CXLMB_E_TAG_MISMATCH);
	ld_a[2] = 1;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, ld_q, 2, ld_a, 20, CXLMB_STRICT, val), 0);
	/* Get Physical Port State (5101h): one entry per port asked */
	uint8_t ps_q[3] = { 2, 1, 2 };
	uint8_t ps_a[4 + 16] = { 1 };
	c = cxlmb_cmd_find(0x5101);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, ps_q, 3, ps_a, sizeof(ps_a), CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	ps_q[0] = 1;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, ps_q, 2, ps_a, sizeof(ps_a), CXLMB_STRICT, val), 0);
	/* Get DC Extent List (4801h): 0 extents asked, 1 answered */
	uint8_t dc_q[8] = { 0 };
	uint8_t dc_a[0x10 + 0x28] = { 1, 0, 0, 0, 1 };
	c = cxlmb_cmd_find(0x4801);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, dc_q, 8, dc_a, sizeof(dc_a), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	dc_q[0] = 1;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, dc_q, 8, dc_a, sizeof(dc_a), CXLMB_STRICT, val), 0);
	/* Get GFD DC Region Extent Lists (4904h, Tables 8-192/8-193): the group asked */
	uint8_t g_q[0x0C] = { 3, 0, 0, 0, 1 };
	uint8_t g_a[0x18 + 0x28] = { 4, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1 };
	c = cxlmb_cmd_find(0x4904);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, g_q, sizeof(g_q), g_a, sizeof(g_a), CXLMB_STRICT, val),
			 CXLMB_E_TAG_MISMATCH);
	g_a[0] = 3;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, g_q, sizeof(g_q), g_a, sizeof(g_a), CXLMB_STRICT, val),
			 0);
	g_q[4] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, g_q, sizeof(g_q), g_a, sizeof(g_a), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	/* Read CDAT (0702h, r3.2 Tables 8-139/8-140): 4 bytes asked, 8 returned;
	 * Number of Bytes tied to the data present */
	uint8_t cd_q[0x14] = { 0 };
	uint8_t cd_a[0x18] = { 0x40, 0, 0, 0, 0, 0, 0, 0, 8 };
	cd_q[0x0C] = 4;
	c = cxlmb_cmd_find(0x0702);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, cd_q, sizeof(cd_q), cd_a, sizeof(cd_a), CXLMB_STRICT,
					      val),
			 CXLMB_E_OVERSIZE);
	cd_q[0x0C] = 8;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, cd_q, sizeof(cd_q), cd_a, sizeof(cd_a), CXLMB_STRICT,
					      val),
			 0);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, cd_a, 0x17, CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	/* Get (VCS) LDST Access Vector (5714h/5715h, r3.2 Tables 7-151 to
	 * 7-154): never more than asked, never past the 200h-byte vector */
	uint8_t lav_q[8] = { 0, 0, 0, 0, 2 };
	uint8_t vlav_q[12] = { 1, 0, 0, 0, 0, 0, 0, 0, 2 };
	uint8_t lav_a[7] = { 3 };
	c = cxlmb_cmd_find(0x5714);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, lav_q, 8, lav_a, 7, CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	c = cxlmb_cmd_find(0x5715);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, vlav_q, 12, lav_a, 7, CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	lav_a[0] = 2;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, vlav_q, 12, lav_a, 6, CXLMB_STRICT, val), 0);
	uint8_t big[4 + 0x401] = { 0x01, 0x02 };
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, big, 4 + 0x201, CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	/* Get VCS PID Access Vectors (5901h): the 400h-byte GMV + VTV */
	c = cxlmb_cmd_find(0x5901);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, big, 4 + 0x201, CXLMB_STRICT, val), 0);
	big[1] = 0x04;
	big[0] = 0x01;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, big, sizeof(big), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	/* Identify GAE / Identify VCS GAE (5800h/5900h, Tables 7-156, 7-157,
	 * 7-182): the vPPBs asked, from the start asked */
	uint8_t gq[2] = { 1, 1 }, vq[3] = { 0, 1, 2 };
	uint8_t ga[0x10] = { 0, 0, 0, 0, 0, 0, 1, 2 };
	c = cxlmb_cmd_find(0x5800);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, gq, 2, ga, sizeof(ga), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	c = cxlmb_cmd_find(0x5900);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, vq, 3, ga, sizeof(ga), CXLMB_STRICT, val), 0);
	vq[1] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, vq, 3, ga, sizeof(ga), CXLMB_STRICT, val),
			 CXLMB_E_TAG_MISMATCH);
	/* Configure VCS PID Access (5902h, Table 7-184): latency and bandwidth
	 * reserved when disabling; Get FAST/IDT Capabilities (5803h, Table
	 * 7-166): segments 0 or a power of 2 */
	uint8_t pa[0x18] = { 1, 0, 0x23, 0x11, 1 };
	c = cxlmb_cmd_find(0x5902);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, pa, sizeof(pa), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, pa, sizeof(pa), CXLMB_LENIENT, val), 0);
	pa[3] = 0x41;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, pa, sizeof(pa), CXLMB_STRICT, val), 0);
	uint8_t fc[0x1A] = { 0, 6 };
	c = cxlmb_cmd_find(0x5803);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, fc, sizeof(fc), CXLMB_STRICT, val),
			 CXLMB_E_VALUE_RANGE);
	fc[1] = 4;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, fc, sizeof(fc), CXLMB_STRICT, val), 0);
}

/* Get Log of the CEL (r3.2 Tables 8-84 to 8-87): the data is CEL entries,
 * checked strictly, when the request names the CEL at an entry boundary */
static void test_get_log_cel_typed(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0401);
	struct cxlmb_get_log_rsp *r = (struct cxlmb_get_log_rsp *)val;
	uint8_t q[0x18] = { 0 };
	uint8_t a[8] = { 0x01, 0x00, 0x00, 0x00, 0x00, 0x01, 0x40, 0x00 };

	memcpy(q, cxlmb_uuid_cel, 16);
	q[0x14] = 8;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val), 0);
	assert_true(r->req_known);
	a[7] = 0xF0; /* effects bits 15:12 reserved */
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	/* another log, or an offset inside an entry: bytes as they are */
	q[0x10] = 2;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val), 0);
	q[0x10] = 0;
	q[0] ^= 1;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val), 0);
	q[0] ^= 1;
	/* a CEL read must be whole entries */
	a[7] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, 6, CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	/* ... unless the piece is exactly as long as asked (a read in parts:
	 * Table 8-84's Length is any byte count); its whole entries still count */
	q[0x14] = 6;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, 6, CXLMB_STRICT, val), 0);
	a[3] = 0xF0;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, 6, CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
}

/* 4402h discovery (r3.2 Tables 8-162, 8-165 to 8-167 = r3.1 8-147, 8-150 to
 * 8-152, built from the tables):
 * the answer decodes as the discovery layout, at most the operations asked */
static void test_media_ops_discovery(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x4402);
	/* class 0 subclass 0, no ranges, from operation 0, at most 2 */
	const uint8_t q[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0 };
	/* granularity 40h, 3 supported, 2 returned: sanitize (1,0), zero (1,1) */
	const uint8_t a[16] = { 0x40, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 0, 1, 0, 1, 1 };
	struct cxlmb_media_ops_discovery_rsp d;
	struct cxlmb_media_op_entry e;
	uint8_t out[16];
	size_t n = 0;

	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val), 0);
	assert_int_equal(cxlmb_media_ops_discovery_rsp_decode(a, sizeof(a), CXLMB_STRICT, &d), 0);
	assert_int_equal(d.granularity, 0x40);
	assert_int_equal(d.total_ops, 3);
	assert_int_equal(cxlmb_array_get(&cxlmb_media_op_entry_schema, &d.ops, 1, CXLMB_STRICT, &e), 0);
	assert_int_equal(e.op_class, 1);
	assert_int_equal(e.op_subclass, 1);
	assert_int_equal(cxlmb_media_ops_discovery_rsp_encode(&d, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(a));
	assert_memory_equal(out, a, sizeof(a));
	/* one operation asked, two returned; a count the bytes do not hold */
	uint8_t q1[12];
	memcpy(q1, q, sizeof(q1));
	q1[10] = 1;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q1, sizeof(q1), a, sizeof(a), CXLMB_STRICT, val),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), a, 14, CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	/* a granularity that is not a power of 2, or under 40h (r3.2 Table
	 * 8-166): strict refuses it, through the request's context too */
	uint8_t g[16];
	memcpy(g, a, sizeof(g));
	g[0] = 0x60;
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), g, sizeof(g), CXLMB_STRICT, val),
			 CXLMB_E_VALUE_RANGE);
	assert_int_equal(cxlmb_cmd_decode_rsp(c, q, sizeof(q), g, sizeof(g), CXLMB_LENIENT, val), 0);
	g[0] = 0x20;
	assert_int_equal(cxlmb_media_ops_discovery_rsp_decode(g, sizeof(g), CXLMB_STRICT, &d),
			 CXLMB_E_VALUE_RANGE);
	g[0] = 0;
	g[3] = 0x01; /* 16 MiB */
	assert_int_equal(cxlmb_media_ops_discovery_rsp_decode(g, sizeof(g), CXLMB_STRICT, &d), 0);
	d.granularity = 0;
	assert_int_equal(cxlmb_media_ops_discovery_rsp_encode(&d, out, sizeof(out), &n),
			 CXLMB_E_VALUE_RANGE);
	/* a sanitize range with a DPA not 64-byte aligned */
	uint8_t z[8 + 16] = { 1, 0, 0, 0, 1, 0, 0, 0, 0x41 };
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, z, sizeof(z), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	z[8] = 0x40;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, z, sizeof(z), CXLMB_STRICT, val), 0);
}

/* 0600h parameters by class (r3.2 Tables 8-118 to 8-120) */
static void test_maintenance_params(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0600);
	uint8_t ppr[0x0E] = { 1, 0, 0, 0x40 };
	uint8_t spare[0x10] = { 2, 3, 0x01 };

	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, ppr, sizeof(ppr), CXLMB_STRICT, val), 0);
	/* PPR parameters are 12 bytes: one short, one long */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, ppr, sizeof(ppr) - 1, CXLMB_STRICT, val),
			 CXLMB_E_TRUNCATED);
	ppr[2] = 0x02; /* flags bits 7:1 reserved */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, ppr, sizeof(ppr), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	ppr[2] = 0;
	ppr[1] = 2; /* PPR has subclasses 0 and 1 */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, ppr, sizeof(ppr), CXLMB_STRICT, val),
			 CXLMB_E_BAD_ENUM);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, spare, sizeof(spare), CXLMB_STRICT, val), 0);
	spare[1] = 4; /* sparing: cacheline, row, bank, rank */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, spare, sizeof(spare), CXLMB_STRICT, val),
			 CXLMB_E_BAD_ENUM);
	/* the typed decoder agrees */
	struct cxlmb_perform_maintenance_req q;
	assert_int_equal(cxlmb_perform_maintenance_req_decode(spare, sizeof(spare), CXLMB_STRICT, &q),
			 CXLMB_E_BAD_ENUM);
}

/* Feature attributes by feature UUID (r3.2 Tables 8-125, 8-126, 8-128,
 * 8-129, 8-135), built from the tables */
static void test_feature_attributes(void **state)
{
	(void)state;
	static const uint8_t sppr[16] = { 0x89, 0x2b, 0xa4, 0x75, 0xfa, 0xd8, 0x47, 0x4e,
					  0x9d, 0x3e, 0x69, 0x2c, 0x91, 0x75, 0x68, 0xbb };
	static const uint8_t row_sparing[16] = { 0x45, 0x0e, 0xbf, 0x67, 0xb1, 0x35, 0x4f, 0x97,
						 0xa4, 0x98, 0xc2, 0xd5, 0x7f, 0x27, 0x9b, 0xed };
	const struct cxlmb_cmd *get = cxlmb_cmd_find(0x0501), *set = cxlmb_cmd_find(0x0502);
	uint8_t q[0x15] = { 0 };
	/* latency 1 ms x1, device-initiated capable, class 1 subclass 0, DPA and
	 * nibble support, data may not be retained, sparing event enabled */
	uint8_t a[0x14] = { 0x13, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0,
			    0x03, 0x04, 0x00, 0x01 };
	struct cxlmb_ppr_feature_rd rd;
	uint8_t out[0x14];
	size_t n = 0;

	memcpy(q, sppr, 16);
	q[0x12] = 0x14;
	assert_int_equal(cxlmb_cmd_decode_rsp(get, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val), 0);
	assert_ptr_equal(cxlmb_feature_layout(sppr, false), &cxlmb_ppr_feature_rd_schema);
	assert_int_equal(cxlmb_ppr_feature_rd_decode(a, sizeof(a), CXLMB_STRICT, &rd), 0);
	assert_int_equal(rd.max_latency, 0x13);
	assert_true(rd.device_initiated_cap && rd.dpa_support && rd.nibble_support);
	assert_true(rd.data_not_retained && !rd.media_not_accessible && rd.sparing_event_enable);
	assert_int_equal(cxlmb_ppr_feature_rd_encode(&rd, out, sizeof(out), &n), 0);
	assert_memory_equal(out, a, sizeof(a));
	a[0x13] = 0x04; /* operation mode bits 7:2 reserved */
	assert_int_equal(cxlmb_cmd_decode_rsp(get, q, sizeof(q), a, sizeof(a), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	/* a partial read stays bytes */
	assert_int_equal(cxlmb_cmd_decode_rsp(get, q, sizeof(q), a, 8, CXLMB_STRICT, val), 0);
	/* Set Feature of row sparing's writable attributes (2 bytes) */
	uint8_t w[0x22] = { 0 };
	memcpy(w, row_sparing, 16);
	w[0x20] = 0x01;
	assert_int_equal(cxlmb_cmd_decode(set, CXLMB_REQ, w, sizeof(w), CXLMB_STRICT, val), 0);
	w[0x20] = 0x03;
	assert_int_equal(cxlmb_cmd_decode(set, CXLMB_REQ, w, sizeof(w), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	assert_null(cxlmb_feature_layout(q + 1, false));
	static const uint8_t hppr[16] = { 0x80, 0xea, 0x45, 0x21, 0x78, 0x6f, 0x41, 0x27,
					  0xaf, 0xb1, 0xec, 0x74, 0x59, 0xfb, 0x0e, 0x24 };
	assert_ptr_equal(cxlmb_feature_layout(hppr, true), &cxlmb_ppr_feature_wr_schema);
	/* Device Patrol Scrub Control (r3.2 Tables 8-221, 8-222): 4 readable
	 * bytes; the configured and the smallest cycle are nonzero */
	static const uint8_t scrub[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
					   0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
	uint8_t sa[4] = { 0x01, 0x0c, 0x01, 0x01 };
	memcpy(q, scrub, 16);
	q[0x12] = 4;
	assert_ptr_equal(cxlmb_feature_layout(scrub, false), &cxlmb_scrub_feature_rd_schema);
	assert_int_equal(cxlmb_cmd_decode_rsp(get, q, sizeof(q), sa, sizeof(sa), CXLMB_STRICT, val), 0);
	sa[2] = 0;
	assert_int_equal(cxlmb_cmd_decode_rsp(get, q, sizeof(q), sa, sizeof(sa), CXLMB_STRICT, val),
			 CXLMB_E_BAD_ENUM);
}

/* 5701h Fabric Crawl Out (r3.2 Tables 7-113/7-114): the embedded message is
 * walked as 5300h's, through either kind of level */
static void test_crawl_out(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5701), *t = cxlmb_cmd_find(0x5300);
	/* a crawl out to port 5 carrying Identify */
	uint8_t co[6 + 12] = { 5, 0, 0, 0, 12, 0, 0x00, 0x01, 0x00, 0x01, 0x00 };
	uint8_t outer[4 + 12 + sizeof(co)];

	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, co, sizeof(co), CXLMB_STRICT, val), 0);
	/* a port number keeps bits 15:8 reserved */
	co[1] = 1;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, co, sizeof(co), CXLMB_STRICT, val),
			 CXLMB_E_RESERVED_SET);
	co[1] = 0;
	/* a message shorter than a CCI header */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, co, 7, CXLMB_STRICT, val), CXLMB_E_BAD_LENGTH);
	co[4] = 1;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, co, 7, CXLMB_STRICT, val), CXLMB_E_TRUNCATED);
	co[4] = 12;
	/* a 5300h whose message is that crawl out: walked level by level */
	outer[0] = 1;
	outer[1] = 0;
	outer[2] = (uint8_t)(12 + sizeof(co));
	outer[3] = 0;
	const uint8_t hdr[12] = { 0x00, 0x02, 0x00, 0x01, 0x57, (uint8_t)sizeof(co), 0, 0 };
	memcpy(outer + 4, hdr, 12);
	memcpy(outer + 16, co, sizeof(co));
	assert_int_equal(cxlmb_cmd_decode(t, CXLMB_REQ, outer, sizeof(outer), CXLMB_STRICT, val), 0);
	/* the innermost Identify carries 4 bytes it has no room for */
	outer[16 + 6 + 5] = 4;
	assert_int_equal(cxlmb_cmd_decode(t, CXLMB_REQ, outer, sizeof(outer), CXLMB_STRICT, val),
			 CXLMB_E_BAD_LENGTH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vcs_info_sized_by_request),
		cmocka_unit_test(test_binding_status_pid),
		cmocka_unit_test(test_tunnel_decoded_through),
		cmocka_unit_test(test_tunnel_nesting_bounded),
		cmocka_unit_test(test_tunnel_answer_with_request),
		cmocka_unit_test(test_answers_bounded_by_request),
		cmocka_unit_test(test_get_log_cel_typed),
		cmocka_unit_test(test_media_ops_discovery),
		cmocka_unit_test(test_maintenance_params),
		cmocka_unit_test(test_feature_attributes),
		cmocka_unit_test(test_crawl_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
