/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* MLD Port 5300h-5302h, MLD Components 5400h-5409h and Multi-Headed Devices
 * 5500h-5501h (CXL r3.2 §7.6.7.3-5). */
#include "cxlmb/cci.h"
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"

/* left out of builds without the MLD_PORT, MLD_COMPONENTS, MHD sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_MLD_PORT) && defined(CXLMB_NO_SET_MLD_COMPONENTS) &&                    \
      defined(CXLMB_NO_SET_MHD) && defined(CXLMB_NO_SET_GFD) && defined(CXLMB_NO_SET_PBR_SWITCH))

/* 5300h Tunnel Management Command (CXL r3.2 §7.6.7.3.1, Tables 7-37/7-38).
 * The embedded message is one whole CCI message (§7.6.3) of the category
 * the direction implies, whose header length agrees with the bytes carried,
 * and whose payload decodes as the inner opcode's layout.  Nested tunnels
 * are walked iteratively, never deeper than CXLMB_TUNNEL_MAX_DEPTH. */
static int tunnel_req_check(const void *val, unsigned flags);
static int tunnel_rsp_check(const void *val, unsigned flags);
static int tunnel_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags);
static const struct cxlmb_schema_hooks tunnel_req_hooks = { NULL, tunnel_req_check };
static const struct cxlmb_schema_hooks tunnel_rsp_hooks = { tunnel_rsp_bind, tunnel_rsp_check };

#define T struct cxlmb_tunnel_req
static const struct cxlmb_field cxlmb_tunnel_req_schema_fields[] = {
	CXLMB_U(T, target_id, 0x00, 1),
	CXLMB_BITS_E(T, target_type, 0x01, 1, 0, 4, 1),
	CXLMB_RSVD_BITS(0x01, 1, 0xF0),
	CXLMB_U(T, command_size, 0x02, 2),
	CXLMB_TAIL(T, message, 0x04, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_tunnel_req_schema, T, 4, 0, tunnel_req_hooks);
/* the same table without its message: what the transport writes per level */
const struct cxlmb_schema cxlmb_tunnel_req_hdr_schema = {
	.name = CXLMB_NAME_("cxlmb_tunnel_req_hdr_schema"), .fields = cxlmb_tunnel_req_schema_fields,
	.nfields = 4, .st_size = sizeof(T), .min_len = 4, .max_len = 4, .entry_size = 4 };
#undef T

#define T struct cxlmb_tunnel_rsp
static const struct cxlmb_field cxlmb_tunnel_rsp_schema_fields[] = {
	CXLMB_U(T, response_length, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_TAIL(T, message, 0x04, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_tunnel_rsp_schema, T, 4, 0, tunnel_rsp_hooks);
const struct cxlmb_schema cxlmb_tunnel_rsp_hdr_schema = {
	.name = CXLMB_NAME_("cxlmb_tunnel_rsp_hdr_schema"), .fields = cxlmb_tunnel_rsp_schema_fields,
	.nfields = 2, .st_size = sizeof(T), .min_len = 4, .max_len = 4, .entry_size = 4 };
#undef T

/* 5701h Fabric Crawl Out (r3.2 §7.7.13.2, Tables 7-113/7-114): a tunnel
 * through a PBR fabric, its target a switch port (type 0, bits 7:0) or a
 * PID (type 1, bits 11:0); the answer is laid out as 5300h's. */
static int crawl_out_req_check(const void *val, unsigned flags);
static int crawl_out_rsp_check(const void *val, unsigned flags);
static const struct cxlmb_schema_hooks crawl_out_req_hooks = { NULL, crawl_out_req_check };
static const struct cxlmb_schema_hooks crawl_out_rsp_hooks = { tunnel_rsp_bind,
								crawl_out_rsp_check };

#define T struct cxlmb_crawl_out_req
static const struct cxlmb_field cxlmb_crawl_out_req_schema_fields[] = {
	CXLMB_UF(T, target, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_BITS_E(T, target_type, 0x02, 1, 0, 4, 1),
	CXLMB_RSVD_BITS(0x02, 1, 0xF0),
	CXLMB_RSVD(0x03, 1),
	CXLMB_U(T, command_size, 0x04, 2),
	CXLMB_TAIL(T, message, 0x06, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_crawl_out_req_schema, T, 6, 0, crawl_out_req_hooks);
#undef T
const struct cxlmb_schema cxlmb_crawl_out_rsp_schema = {
	.name = CXLMB_NAME_("cxlmb_crawl_out_rsp_schema"), .fields = cxlmb_tunnel_rsp_schema_fields,
	.hooks = &crawl_out_rsp_hooks, .nfields = CXLMB_ARRAY_SIZE(cxlmb_tunnel_rsp_schema_fields),
	.st_size = sizeof(struct cxlmb_tunnel_rsp), .min_len = 4 };

/* One level: the embedded message of the expected category. */
static int inner_msg(struct cxlmb_bytes msg, uint8_t category, unsigned flags,
		     struct cxlmb_cci_msg *m)
{
	int rc = cxlmb_cci_msg_decode(msg.data, msg.len, flags, m);
	if (rc)
		return rc;
	return m->category == category ? CXLMB_E_OK : CXLMB_E_BAD_CATEGORY;
}

/* The embedded message of a 5300h or 5701h payload (no deeper checks). */
static int embedded(uint16_t op, enum cxlmb_dir dir, const uint8_t *p, size_t n, unsigned flags,
		    struct cxlmb_bytes *msg)
{
	int rc;

	flags |= CXLMB_SHALLOW;
	if (op == CXLMB_OPCODE_CRAWL_OUT && dir == CXLMB_REQ) {
		struct cxlmb_crawl_out_req q;
		rc = cxlmb_schema_decode(&cxlmb_crawl_out_req_schema, p, n, flags, &q);
		*msg = q.message;
	} else if (dir == CXLMB_REQ) {
		struct cxlmb_tunnel_req q;
		rc = cxlmb_schema_decode(&cxlmb_tunnel_req_schema, p, n, flags, &q);
		*msg = q.message;
	} else {
		/* both answers share one layout */
		struct cxlmb_tunnel_rsp r;
		rc = cxlmb_schema_decode(&cxlmb_tunnel_rsp_schema, p, n, flags, &r);
		*msg = r.message;
	}
	return rc;
}

static bool carries_message(uint16_t op)
{
	return op == CXLMB_OPCODE_TUNNEL || op == CXLMB_OPCODE_CRAWL_OUT;
}

/* Walk from the message carried at level 1 (of a top_op payload) down to a
 * command that carries none, and decode its payload as that command's
 * layout.  For answers, req (when not NULL) is the matching request
 * payload, walked in step.  Iterative: 5300h and 5701h levels never recurse. */
static int tunnel_walk(uint16_t top_op, enum cxlmb_dir dir, struct cxlmb_bytes msg,
		       const uint8_t *req, size_t req_len, unsigned flags)
{
	uint8_t cat = (uint8_t)(dir == CXLMB_REQ ? CXLMB_CCI_REQUEST : CXLMB_CCI_RESPONSE);
	uint64_t scratch[CXLMB_CMD_STRUCT_MAX / 8];
	uint16_t req_op = top_op;

	for (unsigned depth = 1;; depth++) {
		struct cxlmb_cci_msg m, qm = { 0 };
		struct cxlmb_bytes qmsg;
		const struct cxlmb_cmd *c;
		uint16_t op;
		int rc;

		if ((rc = inner_msg(msg, cat, flags, &m)) != 0)
			return rc;
		op = cxlmb_cci_msg_opcode(&m);
		if (req) {
			if ((rc = embedded(req_op, CXLMB_REQ, req, req_len, flags, &qmsg)) != 0 ||
			    (rc = inner_msg(qmsg, CXLMB_CCI_REQUEST, flags, &qm)) != 0)
				return rc;
			if (qm.tag != m.tag || cxlmb_cci_msg_opcode(&qm) != op)
				return CXLMB_E_TAG_MISMATCH;
		}
		if (dir == CXLMB_RSP && m.rc != 0)
			return CXLMB_E_OK; /* a failed answer: no payload layout applies */
		if (carries_message(op)) {
			if (depth >= CXLMB_TUNNEL_MAX_DEPTH)
				return CXLMB_E_DEPTH;
			if ((rc = embedded(op, dir, m.payload.data, m.payload.len, flags, &msg)) != 0)
				return rc;
			if (req) {
				req = qm.payload.data;
				req_len = qm.payload.len;
				req_op = op;
			}
			continue;
		}
		c = cxlmb_cmd_find(op);
		if (!c)
			return (flags & CXLMB_STRICT) ? CXLMB_E_UNKNOWN_OPCODE : CXLMB_E_OK;
		return cxlmb_cmd_decode_ex(c, dir, req ? qm.payload.data : NULL,
					   req ? qm.payload.len : 0, m.payload.data, m.payload.len,
					   flags, scratch, NULL);
	}
}

static int tunnel_req_check(const void *val, unsigned flags)
{
	const struct cxlmb_tunnel_req *q = val;

	if (q->command_size != q->message.len)
		return CXLMB_E_BAD_LENGTH;
	if (flags & CXLMB_SHALLOW)
		return CXLMB_E_OK;
	return tunnel_walk(CXLMB_OPCODE_TUNNEL, CXLMB_REQ, q->message, NULL, 0, flags);
}

static int tunnel_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	struct cxlmb_tunnel_rsp *r = val;

	(void)flags;
	r->req = (struct cxlmb_bytes){ req, (uint32_t)req_len };
	return CXLMB_E_OK;
}

static int tunnel_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_tunnel_rsp *r = val;

	if (r->response_length != r->message.len)
		return CXLMB_E_BAD_LENGTH;
	if (flags & CXLMB_SHALLOW)
		return CXLMB_E_OK;
	return tunnel_walk(CXLMB_OPCODE_TUNNEL, CXLMB_RSP, r->message, r->req.data, r->req.len,
			   flags);
}

/* Target: a port number (type 0) keeps bits 15:8 reserved, a PID (type 1)
 * bits 15:12 */
static int crawl_out_req_check(const void *val, unsigned flags)
{
	const struct cxlmb_crawl_out_req *q = val;

	if ((flags & CXLMB_STRICT) && (q->target >> (q->target_type == 0 ? 8 : 12)))
		return CXLMB_E_RESERVED_SET;
	if (q->command_size != q->message.len)
		return CXLMB_E_BAD_LENGTH;
	if (flags & CXLMB_SHALLOW)
		return CXLMB_E_OK;
	return tunnel_walk(CXLMB_OPCODE_CRAWL_OUT, CXLMB_REQ, q->message, NULL, 0, flags);
}

static int crawl_out_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_tunnel_rsp *r = val;

	if (r->response_length != r->message.len)
		return CXLMB_E_BAD_LENGTH;
	if (flags & CXLMB_SHALLOW)
		return CXLMB_E_OK;
	return tunnel_walk(CXLMB_OPCODE_CRAWL_OUT, CXLMB_RSP, r->message, r->req.data, r->req.len,
			   flags);
}

#define T struct cxlmb_ld_config_req
static const struct cxlmb_field cxlmb_ld_config_req_schema_fields[] = {
	CXLMB_U(T, ppb_id, 0x00, 1),
	CXLMB_BITS(T, reg_num, 0x01, 3, 0, 8),
	CXLMB_BITS(T, ext_reg_num, 0x01, 3, 8, 4),
	CXLMB_BITS(T, first_dw_be, 0x01, 3, 12, 4),
	CXLMB_RSVD_BITS(0x01, 3, 0x7F0000),
	CXLMB_BIT(T, write, 0x01, 3, 23),
	CXLMB_U(T, ld_id, 0x04, 2),
	CXLMB_RSVD(0x06, 2),
	CXLMB_UF(T, write_data, 0x08, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ld_config_req_schema, T, 0x0C, 0x0C);
#undef T

/* 5302h: 01h-03h descriptor 15:12 first-DW BE, 19:16 last-DW BE, 23 write
 * (CXL 2.0 layout; libcxlmi packs these fields differently: see docs) */
#define T struct cxlmb_ld_mem_req
static const struct cxlmb_field cxlmb_ld_mem_req_schema_fields[] = {
	CXLMB_U(T, port_id, 0x00, 1),
	CXLMB_RSVD_BITS(0x01, 3, 0x700FFF),
	CXLMB_BITS(T, first_dw_be, 0x01, 3, 12, 4),
	CXLMB_BITS(T, last_dw_be, 0x01, 3, 16, 4),
	CXLMB_BIT(T, write, 0x01, 3, 23),
	CXLMB_U(T, ld_id, 0x04, 2),
	CXLMB_U(T, length, 0x06, 2),
	CXLMB_UF(T, address, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_TAIL(T, data, 0x10, 0),
};
CXLMB_SCHEMA(cxlmb_ld_mem_req_schema, T, 0x10, 0);
#undef T

/* 5302h output: Return Size is the number of data bytes that follow */
static int ld_mem_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_ld_mem_rsp *r = val;

	(void)flags;
	return r->return_size == r->data.len ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
}
/* ld_mem_rsp: what the request asked bounds the answer */
static int ld_mem_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_ld_mem_rsp *r = val;
	struct cxlmb_ld_mem_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_ld_mem_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	/* a write returns no data; a read at most the length asked */
	return r->data.len <= (q.write ? 0u : q.length) ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks ld_mem_rsp_hooks = { ld_mem_rsp_bind, ld_mem_rsp_check };

#define T struct cxlmb_ld_mem_rsp
static const struct cxlmb_field cxlmb_ld_mem_rsp_schema_fields[] = {
	CXLMB_U(T, return_size, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_TAIL(T, data, 0x04, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_ld_mem_rsp_schema, T, 4, 0, ld_mem_rsp_hooks);
#undef T

#define T struct cxlmb_ld_info_rsp
static const struct cxlmb_field cxlmb_ld_info_rsp_schema_fields[] = {
	CXLMB_UF(T, memory_size, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_U(T, ld_count, 0x08, 2),
	CXLMB_BITSF(T, qos_telemetry_caps, 0x0A, 1, 0, 2, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x0A, 1, 0xFC),
};
CXLMB_SCHEMA(cxlmb_ld_info_rsp_schema, T, 0x0B, 0x0B);
#undef T

#define T struct cxlmb_ld_range_req
static const struct cxlmb_field cxlmb_ld_range_req_schema_fields[] = {
	CXLMB_U(T, start, 0x00, 1),
	CXLMB_U(T, limit, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_ld_range_req_schema, T, 2, 2);
#undef T

#define T struct cxlmb_ld_alloc
static const struct cxlmb_field cxlmb_ld_alloc_schema_fields[] = {
	CXLMB_U(T, range1_multiplier, 0x00, 8),
	CXLMB_U(T, range2_multiplier, 0x08, 8),
};
CXLMB_SCHEMA(cxlmb_ld_alloc_schema, T, 0x10, 0x10);
#undef T

/* get_ld_alloc_rsp: what the request asked bounds the answer */
static int get_ld_alloc_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_ld_alloc_rsp *r = val;
	struct cxlmb_ld_range_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_ld_range_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->list_count > q.limit)
		return CXLMB_E_OVERSIZE;
	return r->start_ld == q.start ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks get_ld_alloc_rsp_hooks = { get_ld_alloc_rsp_bind, NULL };

#define T struct cxlmb_get_ld_alloc_rsp
static const struct cxlmb_field cxlmb_get_ld_alloc_rsp_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_E(T, granularity, 0x01, 1, 2),
	CXLMB_U(T, start_ld, 0x02, 1),
	CXLMB_U(T, list_count, 0x03, 1),
	CXLMB_ARRAY(T, allocs, 0x04, list_count, cxlmb_ld_alloc_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_ld_alloc_rsp_schema, T, 4, 0, get_ld_alloc_rsp_hooks);
#undef T

#define T struct cxlmb_set_ld_alloc
static const struct cxlmb_field cxlmb_set_ld_alloc_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, start_ld, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_ARRAY(T, allocs, 0x04, num_lds, cxlmb_ld_alloc_schema),
};
CXLMB_SCHEMA(cxlmb_set_ld_alloc_schema, T, 4, 0);
#undef T

#define T struct cxlmb_qos_control
static const struct cxlmb_field cxlmb_qos_control_schema_fields[] = {
	CXLMB_BIT(T, egress_congestion_enable, 0x00, 1, 0),
	CXLMB_BIT(T, throughput_reduction_enable, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_E(T, egress_moderate_pct, 0x01, 1, 100),
	CXLMB_E(T, egress_severe_pct, 0x02, 1, 100),
	CXLMB_BITS(T, backpressure_sample_interval, 0x03, 1, 0, 4),
	CXLMB_RSVD_BITS(0x03, 1, 0xF0),
	CXLMB_U(T, reqcmp_basis, 0x04, 2),
	CXLMB_U(T, completion_collection_interval, 0x06, 1),
};
CXLMB_SCHEMA(cxlmb_qos_control_schema, T, 7, 7);
#undef T

#define T struct cxlmb_qos_status_rsp
static const struct cxlmb_field cxlmb_qos_status_rsp_schema_fields[] = {
	CXLMB_E(T, backpressure_avg_pct, 0x00, 1, 100),
};
CXLMB_SCHEMA(cxlmb_qos_status_rsp_schema, T, 1, 1);
#undef T

#define T struct cxlmb_qos_bw_list
static const struct cxlmb_field cxlmb_qos_bw_list_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, start_ld, 0x01, 1),
	CXLMB_ARRAY(T, fractions, 0x02, num_lds, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_qos_bw_list_schema, T, 2, 0);
#undef T

/* mhd_info_rsp: what the request asked bounds the answer */
static int mhd_info_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_mhd_info_rsp *r = val;
	struct cxlmb_ld_range_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_ld_range_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->map_count > q.limit)
		return CXLMB_E_OVERSIZE;
	return r->start_ld == q.start ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks mhd_info_rsp_hooks = { mhd_info_rsp_bind, NULL };

#define T struct cxlmb_mhd_info_rsp
static const struct cxlmb_field cxlmb_mhd_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, num_heads, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, start_ld, 0x04, 1),
	CXLMB_U(T, map_count, 0x05, 1),
	CXLMB_RSVD(0x06, 2),
	CXLMB_ARRAY(T, ld_map, 0x08, map_count, cxlmb_id8_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_mhd_info_rsp_schema, T, 8, 0, mhd_info_rsp_hooks);
#undef T

#define T struct cxlmb_head_info_req
static const struct cxlmb_field cxlmb_head_info_req_schema_fields[] = {
	CXLMB_U(T, start_head, 0x00, 1),
	CXLMB_U(T, num_heads, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_head_info_req_schema, T, 2, 2);
#undef T

#define T struct cxlmb_head_info
static const struct cxlmb_field cxlmb_head_info_schema_fields[] = {
	CXLMB_U(T, port_number, 0x00, 1),
	CXLMB_U(T, max_link_width, 0x01, 1),
	CXLMB_U(T, negotiated_link_width, 0x02, 1),
	CXLMB_UF(T, supported_link_speeds, 0x03, 1, CXLMB_FF_HEX),
	CXLMB_U(T, max_link_speed, 0x04, 1),
	CXLMB_U(T, current_link_speed, 0x05, 1),
	CXLMB_U(T, ltssm_state, 0x06, 1),
	CXLMB_U(T, first_negotiated_lane, 0x07, 1),
	CXLMB_UF(T, link_state_flags, 0x08, 1, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_head_info_schema, T, 9, 9);
#undef T

/* head_info_rsp: what the request asked bounds the answer */
static int head_info_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_head_info_rsp *r = val;
	struct cxlmb_head_info_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_head_info_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->num_heads <= q.num_heads ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks head_info_rsp_hooks = { head_info_rsp_bind, NULL };

#define T struct cxlmb_head_info_rsp
static const struct cxlmb_field cxlmb_head_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_heads, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_ARRAY(T, heads, 0x04, num_heads, cxlmb_head_info_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_head_info_rsp_schema, T, 4, 0, head_info_rsp_hooks);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
