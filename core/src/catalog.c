/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command catalog table and the catalog-driven codec entry points. */
#include "cxlmb/cxlmb.h"

/* One row per command, in ascending opcode order (a unit test enforces it,
 * because lookup is a binary search).  Each .def owns one opcode range. */
#define CXLMB_ROW(op, id, nm, rqmin, rqmax, rsmin, rsmax, eff, pol, fl, rq, rs, hk)       \
	{ .opcode = (op), .effects = (eff), .name = (nm), .ident = #id, .req_min = (rqmin),   \
	  .req_max = (rqmax), .rsp_min = (rsmin), .rsp_max = (rsmax),                         \
	  .policy = CXLMB_POL_##pol, .flags = (fl), .req = (rq), .rsp = (rs), .hooks = (hk) },

static const struct cxlmb_cmd catalog[] = {
#include "catalog_generic.def"  /* 0000h-3FFFh */
#include "catalog_memdev.def"   /* 4000h-4FFFh */
#include "catalog_fmapi.def"    /* 5000h-5FFFh */
};

/* C000h-FFFFh: payloads pass through opaque, bounded by the mailbox. */
static const struct cxlmb_cmd vendor_row = {
	.opcode = 0xC000, .name = "Vendor Specific", .ident = "vendor_specific",
	.req_min = 0, .req_max = CXLMB_VAR, .rsp_min = 0, .rsp_max = CXLMB_VAR,
	.policy = CXLMB_POL_VENDOR, .flags = CXLMB_CMD_VENDOR,
};

size_t cxlmb_cmd_count(void)
{
	return CXLMB_ARRAY_SIZE(catalog);
}

const struct cxlmb_cmd *cxlmb_cmd_at(size_t i)
{
	return i < CXLMB_ARRAY_SIZE(catalog) ? &catalog[i] : NULL;
}

const struct cxlmb_cmd *cxlmb_cmd_find(uint16_t opcode)
{
	size_t lo = 0, hi = CXLMB_ARRAY_SIZE(catalog);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (catalog[mid].opcode == opcode)
			return &catalog[mid];
		if (catalog[mid].opcode < opcode)
			lo = mid + 1;
		else
			hi = mid;
	}
	return opcode >= 0xC000 ? &vendor_row : NULL;
}

/* Command set names, CXL r3.2 Tables 8-37 (generic, memory device) and
 * 8-215 (FM API). */
static const struct {
	uint8_t set;
	const char *name;
} set_names[] = {
	{ 0x00, "Information and Status" }, { 0x01, "Events" },
	{ 0x02, "Firmware Update" }, { 0x03, "Timestamp" }, { 0x04, "Logs" },
	{ 0x05, "Features" }, { 0x06, "Maintenance" }, { 0x07, "PBR Component Command Set" },
	{ 0x40, "Identify Memory Device" }, { 0x41, "Capacity Config and Label Storage" },
	{ 0x42, "Health Info and Alerts" }, { 0x43, "Media and Poison Management" },
	{ 0x44, "Sanitize and Media Operations" }, { 0x45, "Persistent Memory Data-at-rest Security" },
	{ 0x46, "Security Passthrough" }, { 0x47, "SLD QoS Telemetry" },
	{ 0x48, "Dynamic Capacity" }, { 0x49, "Fabric Manager GFD Commands" },
	{ 0x51, "Physical Switch" }, { 0x52, "Virtual Switch" }, { 0x53, "MLD Port" },
	{ 0x54, "MLD Components" }, { 0x55, "Multi-Headed Devices" },
	{ 0x56, "DCD Management" }, { 0x57, "PBR Switch" }, { 0x58, "Global Memory Access Endpoint" },
	{ 0x59, "Global Memory Access Endpoint Management" },
};

const char *cxlmb_cmd_set_name(uint8_t set)
{
	for (size_t i = 0; i < CXLMB_ARRAY_SIZE(set_names); i++)
		if (set_names[i].set == set)
			return set_names[i].name;
	if (set >= 0xC0)
		return "Vendor Specific";
	return NULL;
}

const char *cxlmb_policy_class_name(unsigned pol)
{
	static const char *const names[CXLMB_POL_COUNT_] = {
		"read", "config", "events", "firmware", "destructive",
		"security", "poison", "fabric", "tunnel", "vendor",
	};
	return pol < CXLMB_POL_COUNT_ ? names[pol] : "unknown";
}

static const struct cxlmb_schema *side(const struct cxlmb_cmd *c, enum cxlmb_dir dir)
{
	return dir == CXLMB_REQ ? c->req : c->rsp;
}

static bool variable(const struct cxlmb_schema *s)
{
	for (uint16_t i = 0; i < s->nfields; i++)
		if (s->fields[i].kind == CXLMB_F_ARRAY || s->fields[i].kind == CXLMB_F_TAIL)
			return true;
	return false;
}

uint32_t cxlmb_cmd_min_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir)
{
	const struct cxlmb_schema *s;
	uint32_t mn;

	if (!c)
		return 0;
	s = side(c, dir);
	mn = dir == CXLMB_REQ ? c->req_min : c->rsp_min;
	return s && mn == CXLMB_LAYOUT_LEN ? s->min_len : mn;
}

uint32_t cxlmb_cmd_max_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir)
{
	const struct cxlmb_schema *s;
	uint32_t mx;

	if (!c)
		return 0;
	s = side(c, dir);
	mx = dir == CXLMB_REQ ? c->req_max : c->rsp_max;
	if (!s || mx != CXLMB_LAYOUT_LEN)
		return mx;
	return variable(s) ? CXLMB_VAR : s->max_len;
}

int cxlmb_cmd_check_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir, size_t len)
{
	if (!c)
		return CXLMB_E_INVALID_ARG;
	if (len < cxlmb_cmd_min_len(c, dir))
		return CXLMB_E_TRUNCATED;
	if (len > cxlmb_cmd_max_len(c, dir))
		return CXLMB_E_OVERSIZE;
	return CXLMB_E_OK;
}

size_t cxlmb_cmd_struct_size(const struct cxlmb_cmd *c, enum cxlmb_dir dir)
{
	const struct cxlmb_schema *s;

	if (!c)
		return 0;
	s = side(c, dir);
	return s ? s->st_size : sizeof(struct cxlmb_bytes);
}

int cxlmb_cmd_decode_ex(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const uint8_t *req,
			size_t req_len, const uint8_t *buf, size_t len, unsigned flags, void *out,
			struct cxlmb_decode_err *err)
{
	const struct cxlmb_schema *s;
	int rc;

	if (err) {
		err->field = NULL;
		err->offset = 0;
	}
	if (!c || !out || (!buf && len) || (!req && req_len))
		return CXLMB_E_INVALID_ARG;
	/* the row's bounds hold for typed rows too; a longer answer from a
	 * newer device passes where trailing bytes are allowed */
	rc = cxlmb_cmd_check_len(c, dir, len);
	if (rc == CXLMB_E_OVERSIZE && (flags & CXLMB_ALLOW_TRAILING) && side(c, dir) &&
	    len <= CXLMB_PAYLOAD_MAX)
		rc = CXLMB_E_OK;
	if (rc) {
		if (err)
			err->offset = (uint32_t)(len < 0xFFFFFFFFu ? len : 0xFFFFFFFFu);
		return rc;
	}
	s = side(c, dir);
	if (!s) {
		/* no layout: length-checked opaque bytes (empty for typed rows) */
		struct cxlmb_bytes b = { buf, (uint32_t)len };
		cxlmb_memcpy(out, &b, sizeof(b));
		return CXLMB_E_OK;
	}
	return cxlmb_schema_decode_ex(s, dir == CXLMB_RSP ? req : NULL,
				      dir == CXLMB_RSP ? req_len : 0, buf, len, flags, out, err);
}

int cxlmb_cmd_decode(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const uint8_t *buf,
		     size_t len, unsigned flags, void *out)
{
	return cxlmb_cmd_decode_ex(c, dir, NULL, 0, buf, len, flags, out, NULL);
}

int cxlmb_cmd_decode_rsp(const struct cxlmb_cmd *c, const uint8_t *req, size_t req_len,
			 const uint8_t *buf, size_t len, unsigned flags, void *out)
{
	return cxlmb_cmd_decode_ex(c, CXLMB_RSP, req, req_len, buf, len, flags, out, NULL);
}

int cxlmb_cmd_encode(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const void *in,
		     uint8_t *buf, size_t cap, size_t *out_len)
{
	const struct cxlmb_schema *s;
	size_t n = 0;
	int rc;

	if (!c || !in || (!buf && cap))
		return CXLMB_E_INVALID_ARG;
	s = side(c, dir);
	if (!s) {
		struct cxlmb_bytes b;
		cxlmb_memcpy(&b, in, sizeof(b));
		rc = cxlmb_cmd_check_len(c, dir, b.len);
		if (rc)
			return rc == CXLMB_E_TRUNCATED ? CXLMB_E_VALUE_RANGE : rc;
		if (b.len > cap)
			return CXLMB_E_BUF_TOO_SMALL;
		if (b.len && !b.data)
			return CXLMB_E_INVALID_ARG;
		if (b.len)
			cxlmb_memcpy(buf, b.data, b.len);
		if (out_len)
			*out_len = b.len;
		return CXLMB_E_OK;
	}
	rc = cxlmb_schema_encode(s, in, buf, cap, &n);
	if (rc)
		return rc;
	/* the row's bounds hold for what we write, as for what we read */
	rc = cxlmb_cmd_check_len(c, dir, n);
	if (rc)
		return rc == CXLMB_E_TRUNCATED ? CXLMB_E_VALUE_RANGE : rc;
	if (out_len)
		*out_len = n;
	return CXLMB_E_OK;
}

int cxlmb_cmd_visit(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const void *val,
		    unsigned flags, const struct cxlmb_visitor *v)
{
	const struct cxlmb_schema *s;
	int rc = CXLMB_E_OK;

	if (!c || !val || !v)
		return CXLMB_E_INVALID_ARG;
	s = side(c, dir);
	if (!s) {
		struct cxlmb_bytes b;
		cxlmb_memcpy(&b, val, sizeof(b));
		if (b.len && v->bytes)
			v->bytes(v->ctx, "payload", b.data, b.len, CXLMB_F_TAIL);
		return CXLMB_E_OK;
	}
	rc = cxlmb_schema_visit(s, val, flags, v);
	if (rc == CXLMB_E_OK && c->hooks && c->hooks->visit)
		rc = c->hooks->visit(dir, val, flags, v);
	return rc;
}
