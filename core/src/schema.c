/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The layout interpreter behind every table-driven codec (see schema.h). */
#include "cxlmb/error.h"
#include "cxlmb/schema.h"
#include "le.h"

static uint64_t st_load(const void *st, const struct cxlmb_field *f)
{
	const uint8_t *p = (const uint8_t *)st + f->st_off;
	switch (f->st_size) {
	case 1: return *p;
	case 2: { uint16_t v; cxlmb_memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; cxlmb_memcpy(&v, p, 4); return v; }
	default: { uint64_t v; cxlmb_memcpy(&v, p, 8); return v; }
	}
}

static void st_store(void *st, const struct cxlmb_field *f, uint64_t v)
{
	uint8_t *p = (uint8_t *)st + f->st_off;
	switch (f->st_size) {
	case 1: *p = (uint8_t)v; break;
	case 2: { uint16_t w = (uint16_t)v; cxlmb_memcpy(p, &w, 2); break; }
	case 4: { uint32_t w = (uint32_t)v; cxlmb_memcpy(p, &w, 4); break; }
	default: cxlmb_memcpy(p, &v, 8); break;
	}
}

static uint64_t width_mask(unsigned bits)
{
	return bits >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << bits) - 1);
}

/* Value of an integer field given its wire word. */
static uint64_t field_extract(const struct cxlmb_field *f, uint64_t word)
{
	if (f->width && (f->flags & CXLMB_FF_INPLACE))
		return word & (width_mask(f->width) << f->shift);
	if (f->width)
		return (word >> f->shift) & width_mask(f->width);
	return word;
}

static bool enum_ok(const struct cxlmb_field *f, uint64_t v)
{
	if ((f->flags & CXLMB_FF_ENUM_MAX) && v > f->lim)
		return false;
	if ((f->flags & CXLMB_FF_ENUM_MASK) && (v >= 64 || !((f->lim >> v) & 1)))
		return false;
	if ((f->flags & CXLMB_FF_NONZERO) && v == 0)
		return false;
	return true;
}

/* Bytes after the array that the layout requires (its trailer). */
static size_t trailer_len(const struct cxlmb_schema *s)
{
	size_t t = 0;
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		if ((f->flags & CXLMB_FF_AFTER) && f->wire_off + f->wire_size > t)
			t = f->wire_off + f->wire_size;
	}
	return t;
}

/* The variable-length field (an array or a tail), if any.  Layouts list it
 * last but for the trailers after an array (test_catalog checks every
 * schema), so the search from the end stops at once on fixed layouts. */
static const struct cxlmb_field *var_field(const struct cxlmb_schema *s)
{
	for (uint16_t i = s->nfields; i--;) {
		const struct cxlmb_field *f = &s->fields[i];
		if (f->flags & CXLMB_FF_AFTER)
			continue;
		return f->kind == CXLMB_F_ARRAY || f->kind == CXLMB_F_TAIL ? f : NULL;
	}
	return NULL;
}

/* Decode one layout.  Arrays are only allowed at the top level
 * (allow_array), which bounds the recursion into entries to depth one. */
static int decode_fields(const struct cxlmb_schema *s, const uint8_t *buf, size_t len,
			 unsigned flags, void *out, bool allow_array)
{
	bool strict = (flags & CXLMB_STRICT) != 0;
	size_t array_end = 0, end = s->max_len;
	bool variable = false;

	if (len < s->min_len)
		return CXLMB_E_TRUNCATED;
	if (out)
		cxlmb_memset(out, 0, s->st_size);

	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		size_t off = f->wire_off + ((f->flags & CXLMB_FF_AFTER) ? array_end : 0);

		if (f->kind == CXLMB_F_ARRAY) {
			const struct cxlmb_field *cf = &s->fields[f->count_field];
			size_t esz, avail, need, trail;
			uint64_t count;

			if (!allow_array || !f->entry || f->entry->entry_size == 0 ||
			    cf->wire_off + cf->wire_size > len)
				return CXLMB_E_INVALID_ARG;
			count = field_extract(cf, cxlmb_get_le(buf + cf->wire_off, cf->wire_size));
			esz = f->entry->entry_size;
			trail = trailer_len(s);
			if (off > len)
				return CXLMB_E_TRUNCATED;
			avail = len - off;
			/* the count is checked against the bytes present before
			 * any entry is touched */
			if (avail < trail || count > (avail - trail) / esz)
				return CXLMB_E_COUNT_MISMATCH;
			need = (size_t)count * esz;
			if (!(flags & CXLMB_ALLOW_TRAILING) && avail != need + trail)
				return CXLMB_E_COUNT_MISMATCH;
			if (strict) {
				for (size_t k = 0; k < count; k++) {
					int rc = decode_fields(f->entry, buf + off + k * esz, esz, flags,
							       NULL, false);
					if (rc)
						return rc;
				}
			}
			if (out) {
				struct cxlmb_array a = { buf + off, (uint32_t)count };
				cxlmb_memcpy((uint8_t *)out + f->st_off, &a, sizeof(a));
			}
			array_end = off + need;
			end = array_end + trail;
			variable = true;
			continue;
		}
		if (f->kind == CXLMB_F_TAIL) {
			size_t n;
			if (off > len)
				return CXLMB_E_TRUNCATED;
			n = len - off;
			if (f->stride > 1 && n % f->stride)
				return CXLMB_E_COUNT_MISMATCH;
			if (n > CXLMB_PAYLOAD_MAX)
				return CXLMB_E_OVERSIZE;
			if (out) {
				struct cxlmb_bytes b = { buf + off, (uint32_t)n };
				cxlmb_memcpy((uint8_t *)out + f->st_off, &b, sizeof(b));
			}
			end = len;
			variable = true;
			continue;
		}
		if (off + f->wire_size > len) {
			/* fields past min_len are optional (newer, longer forms) */
			if (!(f->flags & CXLMB_FF_AFTER) && !variable &&
			    f->wire_off + f->wire_size > s->min_len)
				continue;
			return variable ? CXLMB_E_COUNT_MISMATCH : CXLMB_E_TRUNCATED;
		}
		switch (f->kind) {
		case CXLMB_F_UINT: {
			uint64_t v = field_extract(f, cxlmb_get_le(buf + off, f->wire_size));
			if (strict && !enum_ok(f, v))
				return CXLMB_E_BAD_ENUM;
			if (out)
				st_store(out, f, v);
			break;
		}
		case CXLMB_F_SINT: {
			uint64_t v = cxlmb_get_le(buf + off, f->wire_size);
			unsigned bits = 8u * f->wire_size;
			if (bits < 64 && (v >> (bits - 1)) & 1)
				v |= ~width_mask(bits);
			if (out)
				st_store(out, f, v);
			break;
		}
		case CXLMB_F_RSVD:
			if (strict) {
				if (f->lim) {
					if (cxlmb_get_le(buf + off, f->wire_size > 8 ? 8 : f->wire_size) & f->lim)
						return CXLMB_E_RESERVED_SET;
				} else {
					for (size_t k = 0; k < f->wire_size; k++)
						if (buf[off + k])
							return CXLMB_E_RESERVED_SET;
				}
			}
			break;
		default: /* BYTES, ASCII, UUID */
			if (out)
				cxlmb_memcpy((uint8_t *)out + f->st_off, buf + off, f->wire_size);
			break;
		}
	}
	if (len > end && !(flags & CXLMB_ALLOW_TRAILING))
		return variable ? CXLMB_E_COUNT_MISMATCH : CXLMB_E_OVERSIZE;
	return CXLMB_E_OK;
}

int cxlmb_schema_decode(const struct cxlmb_schema *s, const uint8_t *buf, size_t len,
			unsigned flags, void *out)
{
	if (!s || (!buf && len))
		return CXLMB_E_INVALID_ARG;
	if (!buf)
		buf = (const uint8_t *)"";
	return decode_fields(s, buf, len, flags, out, true);
}

int cxlmb_array_get(const struct cxlmb_schema *entry, const struct cxlmb_array *a, uint32_t i,
		    unsigned flags, void *out)
{
	if (!entry || !a || !out || i >= a->count || !a->data)
		return CXLMB_E_INVALID_ARG;
	return decode_fields(entry, a->data + (size_t)i * entry->entry_size, entry->entry_size,
			     flags, out, false);
}

size_t cxlmb_schema_encoded_len(const struct cxlmb_schema *s, const void *in)
{
	const struct cxlmb_field *f;

	if (!s || !in)
		return 0;
	if (s->min_len == s->max_len && s->max_len)
		return s->max_len; /* fixed layouts: the common, fast case */
	f = var_field(s);
	if (f && f->kind == CXLMB_F_ARRAY) {
		struct cxlmb_array a;
		uint64_t n;
		cxlmb_memcpy(&a, (const uint8_t *)in + f->st_off, sizeof(a));
		n = (uint64_t)a.count * f->entry->entry_size;
		if (n > CXLMB_PAYLOAD_MAX)
			return 0;
		return f->wire_off + (size_t)n + trailer_len(s);
	}
	if (f) {
		struct cxlmb_bytes b;
		cxlmb_memcpy(&b, (const uint8_t *)in + f->st_off, sizeof(b));
		if (b.len > CXLMB_PAYLOAD_MAX)
			return 0;
		return f->wire_off + (size_t)b.len;
	}
	return s->max_len;
}

static int encode_fields(const struct cxlmb_schema *s, const void *in, uint8_t *buf, size_t total)
{
	size_t array_end = 0;

	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		size_t off = f->wire_off + ((f->flags & CXLMB_FF_AFTER) ? array_end : 0);

		if (f->kind == CXLMB_F_UINT && !f->width) { /* most fields: a whole word */
			uint64_t v = st_load(in, f);
			if (f->wire_size < 8 && (v >> (8u * f->wire_size)))
				return CXLMB_E_VALUE_RANGE;
			if (off + f->wire_size > total)
				return CXLMB_E_INVALID_ARG;
			cxlmb_put_le(buf + off, f->wire_size, v);
			continue;
		}
		switch (f->kind) {
		case CXLMB_F_UINT: {
			uint64_t v = st_load(in, f), word;
			unsigned bits = f->width ? f->width : 8u * f->wire_size;
			bool inplace = f->width && (f->flags & CXLMB_FF_INPLACE);
			if (inplace ? (v & ~(width_mask(bits) << f->shift)) : (v & ~width_mask(bits)))
				return CXLMB_E_VALUE_RANGE;
			if (off + f->wire_size > total)
				return CXLMB_E_INVALID_ARG;
			if (!f->width) { /* a whole word: nothing else shares it */
				cxlmb_put_le(buf + off, f->wire_size, v);
				break;
			}
			word = cxlmb_get_le(buf + off, f->wire_size);
			word |= inplace ? v : v << f->shift;
			cxlmb_put_le(buf + off, f->wire_size, word);
			break;
		}
		case CXLMB_F_SINT: {
			uint64_t v = st_load(in, f);
			unsigned bits = 8u * f->wire_size, sbits = 8u * f->st_size;
			int64_t sv;
			/* sign-extend the struct member, then check it fits the wire */
			if (sbits < 64 && (v >> (sbits - 1)) & 1)
				v |= ~width_mask(sbits);
			sv = (int64_t)v;
			if (bits < 64) {
				int64_t lo = -(int64_t)((uint64_t)1 << (bits - 1));
				int64_t hi = (int64_t)(((uint64_t)1 << (bits - 1)) - 1);
				if (sv < lo || sv > hi)
					return CXLMB_E_VALUE_RANGE;
			}
			cxlmb_put_le(buf + off, f->wire_size, v);
			break;
		}
		case CXLMB_F_RSVD:
			break; /* already zero */
		case CXLMB_F_ARRAY: {
			const struct cxlmb_field *cf = &s->fields[f->count_field];
			struct cxlmb_array a;
			size_t n;
			cxlmb_memcpy(&a, (const uint8_t *)in + f->st_off, sizeof(a));
			if (st_load(in, cf) != a.count)
				return CXLMB_E_COUNT_MISMATCH;
			n = (size_t)a.count * f->entry->entry_size;
			if (n && !a.data)
				return CXLMB_E_INVALID_ARG;
			if (n)
				cxlmb_memcpy(buf + off, a.data, n);
			array_end = off + n;
			break;
		}
		case CXLMB_F_TAIL: {
			struct cxlmb_bytes b;
			cxlmb_memcpy(&b, (const uint8_t *)in + f->st_off, sizeof(b));
			if (f->stride > 1 && b.len % f->stride)
				return CXLMB_E_COUNT_MISMATCH;
			if (b.len && !b.data)
				return CXLMB_E_INVALID_ARG;
			if (b.len)
				cxlmb_memcpy(buf + off, b.data, b.len);
			break;
		}
		default:
			cxlmb_memcpy(buf + off, (const uint8_t *)in + f->st_off, f->wire_size);
			break;
		}
	}
	return CXLMB_E_OK;
}

int cxlmb_schema_encode(const struct cxlmb_schema *s, const void *in, uint8_t *buf, size_t cap,
			size_t *out_len)
{
	size_t total;
	int rc;

	if (!s || !in || (!buf && cap))
		return CXLMB_E_INVALID_ARG;
	total = cxlmb_schema_encoded_len(s, in);
	if (total == 0 && s->max_len != 0)
		return CXLMB_E_VALUE_RANGE;
	if (total > cap)
		return CXLMB_E_BUF_TOO_SMALL;
	if (total)
		cxlmb_memset(buf, 0, total);
	rc = encode_fields(s, in, buf, total);
	if (rc == CXLMB_E_OK && out_len)
		*out_len = total;
	return rc;
}

static void visit_flat(const struct cxlmb_schema *s, const void *val, const struct cxlmb_visitor *v)
{
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		const uint8_t *p = (const uint8_t *)val + f->st_off;

		switch (f->kind) {
		case CXLMB_F_UINT:
			if (v->uint)
				v->uint(v->ctx, f->name, st_load(val, f), f->flags);
			break;
		case CXLMB_F_SINT: {
			uint64_t x = st_load(val, f);
			unsigned sbits = 8u * f->st_size;
			if (sbits < 64 && (x >> (sbits - 1)) & 1)
				x |= ~width_mask(sbits);
			if (v->sint)
				v->sint(v->ctx, f->name, (int64_t)x);
			break;
		}
		case CXLMB_F_BYTES:
		case CXLMB_F_ASCII:
		case CXLMB_F_UUID:
			if (v->bytes)
				v->bytes(v->ctx, f->name, p, f->wire_size, f->kind);
			break;
		case CXLMB_F_TAIL: {
			struct cxlmb_bytes b;
			cxlmb_memcpy(&b, p, sizeof(b));
			if (v->bytes)
				v->bytes(v->ctx, f->name, b.data, b.len, CXLMB_F_TAIL);
			break;
		}
		default:
			break;
		}
	}
}

int cxlmb_schema_visit(const struct cxlmb_schema *s, const void *val, unsigned flags,
		       const struct cxlmb_visitor *v)
{
	if (!s || !val || !v)
		return CXLMB_E_INVALID_ARG;
	visit_flat(s, val, v);
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		struct cxlmb_array a;
		uint64_t scratch[CXLMB_ENTRY_STRUCT_MAX / 8];

		if (f->kind != CXLMB_F_ARRAY)
			continue;
		if (f->entry->st_size > sizeof(scratch))
			return CXLMB_E_INVALID_ARG;
		cxlmb_memcpy(&a, (const uint8_t *)val + f->st_off, sizeof(a));
		if (v->array_begin)
			v->array_begin(v->ctx, f->name, a.count);
		for (uint32_t k = 0; k < a.count; k++) {
			int rc = cxlmb_array_get(f->entry, &a, k, flags, scratch);
			if (rc)
				return rc;
			if (v->elem_begin)
				v->elem_begin(v->ctx, k);
			visit_flat(f->entry, scratch, v);
			if (v->elem_end)
				v->elem_end(v->ctx);
		}
		if (v->array_end)
			v->array_end(v->ctx);
	}
	return CXLMB_E_OK;
}
