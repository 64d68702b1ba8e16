/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The layout interpreter behind every table-driven codec (see schema.h). */
#include "cxlmb/catalog.h"
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
	/* lim is 32 bits: a shift by 32 or more is undefined (x86 masks it) */
	if ((f->flags & CXLMB_FF_ENUM_MASK) && (v >= 32 || !((f->lim >> v) & 1)))
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

/* The integer field an array's count lives in: named by its struct member. */
static const struct cxlmb_field *count_field(const struct cxlmb_schema *s,
					     const struct cxlmb_field *arr)
{
	if (arr->flags & CXLMB_FF_REST)
		return NULL; /* sized by the payload */
	for (const struct cxlmb_field *f = s->fields; f < arr; f++)
		if (f->kind == CXLMB_F_UINT && f->st_off == arr->aux)
			return f;
	return NULL;
}

const struct cxlmb_field *cxlmb_schema_count_field(const struct cxlmb_schema *s,
						   const struct cxlmb_field *arr)
{
	if (!s || !arr || arr->kind != CXLMB_F_ARRAY || arr < s->fields ||
	    arr >= s->fields + s->nfields)
		return NULL;
	return count_field(s, arr);
}

static int fail(struct cxlmb_decode_err *err, const struct cxlmb_field *f, size_t off, int rc)
{
	if (err) {
		err->field = f ? CXLMB_FIELD_NAME(f) : NULL;
		err->offset = (uint32_t)off;
	}
	return rc;
}

/* Decode one layout.  Arrays are only allowed at the top level
 * (allow_array), which bounds the recursion into entries to depth one.
 * base: the offset of buf within the caller's buffer (error reports). */
static int decode_fields(const struct cxlmb_schema *s, const uint8_t *buf, size_t len,
			 unsigned flags, void *out, bool allow_array, size_t base,
			 struct cxlmb_decode_err *err)
{
	bool strict = (flags & CXLMB_STRICT) != 0;
	size_t array_end = 0, end = s->max_len;
	bool variable = false;

	if (len < s->min_len)
		return fail(err, NULL, base + len, CXLMB_E_TRUNCATED);
	if (out)
		cxlmb_memset(out, 0, s->st_size);

	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		size_t off = f->wire_off + ((f->flags & CXLMB_FF_AFTER) ? array_end : 0);

		if (f->kind == CXLMB_F_ARRAY) {
			const struct cxlmb_field *cf = count_field(s, f);
			size_t esz, avail, need, trail;
			uint64_t count;

			bool rest = (f->flags & CXLMB_FF_REST) != 0;

			if (!allow_array || (!cf && !rest) || !f->entry || f->entry->entry_size == 0 ||
			    (cf && cf->wire_off + cf->wire_size > len))
				return fail(err, f, base + off, CXLMB_E_INVALID_ARG);
			esz = f->entry->entry_size;
			trail = trailer_len(s);
			if (off > len)
				return fail(err, f, base + off, CXLMB_E_TRUNCATED);
			avail = len - off;
			if (rest) {
				/* no count on the wire: whole entries fill the rest */
				count = avail < trail ? 0 : (avail - trail) / esz;
				if (avail < trail || (!(flags & CXLMB_ALLOW_TRAILING) &&
						      (avail - trail) % esz))
					return fail(err, f, base + off + (size_t)count * esz,
						    CXLMB_E_COUNT_MISMATCH);
				cf = f; /* errors below name the array */
			} else {
				count = field_extract(cf, cxlmb_get_le(buf + cf->wire_off, cf->wire_size));
			}
			/* the count is checked against the bytes present, and the
			 * payload maximum, before any entry is touched */
			if (avail < trail || count > (avail - trail) / esz)
				return fail(err, cf, base + cf->wire_off, CXLMB_E_COUNT_MISMATCH);
			if (count > CXLMB_PAYLOAD_MAX / esz)
				return fail(err, cf, base + cf->wire_off, CXLMB_E_OVERSIZE);
			need = (size_t)count * esz;
			if (!(flags & CXLMB_ALLOW_TRAILING) && avail != need + trail)
				return fail(err, cf, base + cf->wire_off, CXLMB_E_COUNT_MISMATCH);
			if (strict) {
				for (size_t k = 0; k < count; k++) {
					int rc = decode_fields(f->entry, buf + off + k * esz, esz, flags,
							       NULL, false, base + off + k * esz, err);
					if (rc)
						return rc;
				}
			}
			if (out) {
				struct cxlmb_array a = { buf + off, (uint32_t)count, f->entry };
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
				return fail(err, f, base + off, CXLMB_E_TRUNCATED);
			n = len - off;
			if (n > CXLMB_PAYLOAD_MAX)
				return fail(err, f, base + off, CXLMB_E_OVERSIZE);
			if (f->aux > 1 && n % f->aux)
				return fail(err, f, base + off, CXLMB_E_COUNT_MISMATCH);
			if (out) {
				struct cxlmb_bytes b = { buf + off, (uint32_t)n };
				cxlmb_memcpy((uint8_t *)out + f->st_off, &b, sizeof(b));
			}
			end = len;
			variable = true;
			continue;
		}
		if (off + f->wire_size > len) {
			/* fields past min_len are optional (newer, longer forms), but
			 * only whole: a length that ends inside one is torn */
			if (!(f->flags & CXLMB_FF_AFTER) && !variable &&
			    f->wire_off + f->wire_size > s->min_len) {
				if (off < len)
					return fail(err, f, base + off, CXLMB_E_TRUNCATED);
				continue;
			}
			return fail(err, f, base + off,
				    variable ? CXLMB_E_COUNT_MISMATCH : CXLMB_E_TRUNCATED);
		}
		switch (f->kind) {
		case CXLMB_F_UINT: {
			uint64_t v = field_extract(f, cxlmb_get_le(buf + off, f->wire_size));
			if (strict && !enum_ok(f, v))
				return fail(err, f, base + off, CXLMB_E_BAD_ENUM);
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
					if (cxlmb_get_le(buf + off, f->wire_size > 8 ? 8 : f->wire_size) &
					    ((uint64_t)f->lim << f->shift))
						return fail(err, f, base + off, CXLMB_E_RESERVED_SET);
				} else {
					for (size_t k = 0; k < f->wire_size; k++)
						if (buf[off + k])
							return fail(err, f, base + off + k,
								    CXLMB_E_RESERVED_SET);
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
		return fail(err, NULL, base + end,
			    variable ? CXLMB_E_COUNT_MISMATCH : CXLMB_E_OVERSIZE);
	return CXLMB_E_OK;
}

int cxlmb_schema_decode_ex(const struct cxlmb_schema *s, const uint8_t *req, size_t req_len,
			   const uint8_t *buf, size_t len, unsigned flags, void *out,
			   struct cxlmb_decode_err *err)
{
	int rc;

	if (err) {
		err->field = NULL;
		err->offset = 0;
	}
	if (!s || (!buf && len) || (!req && req_len))
		return CXLMB_E_INVALID_ARG;
	if (!buf)
		buf = (const uint8_t *)"";
	if (!s->hooks || !out)
		return decode_fields(s, buf, len, flags, out, true, 0, err);
	rc = decode_fields(s, buf, len, flags, out, true, 0, err);
	if (rc == CXLMB_E_OK && s->hooks->bind)
		rc = s->hooks->bind(out, req, req_len, flags);
	if (rc == CXLMB_E_OK && s->hooks->check)
		rc = s->hooks->check(out, flags);
	return rc;
}

int cxlmb_schema_decode(const struct cxlmb_schema *s, const uint8_t *buf, size_t len,
			unsigned flags, void *out)
{
	/* hooked layouts need the value to check: decode into scratch when the
	 * caller only validates */
	if (s && s->hooks && !out) {
		uint64_t scratch[CXLMB_CMD_STRUCT_MAX / 8];
		if (s->st_size > sizeof(scratch))
			return CXLMB_E_INVALID_ARG;
		return cxlmb_schema_decode_ex(s, NULL, 0, buf, len, flags, scratch, NULL);
	}
	return cxlmb_schema_decode_ex(s, NULL, 0, buf, len, flags, out, NULL);
}

int cxlmb_array_get(const struct cxlmb_schema *entry, const struct cxlmb_array *a, uint32_t i,
		    unsigned flags, void *out)
{
	if (!entry || !a || !out || i >= a->count || !a->data || a->entry != entry)
		return CXLMB_E_INVALID_ARG;
	return decode_fields(entry, a->data + (size_t)i * entry->entry_size, entry->entry_size,
			     flags, out, false, 0, NULL);
}

/* Bytes the encoding of 'in' takes, or an error: OVERSIZE for a variable
 * part past the payload maximum (never a length of 0 that a bounds check
 * could trust). */
static int encoded_len(const struct cxlmb_schema *s, const void *in, size_t *total)
{
	const struct cxlmb_field *f;

	if (s->min_len == s->max_len && s->max_len) {
		*total = s->max_len; /* fixed layouts: the common, fast case */
		return CXLMB_E_OK;
	}
	f = var_field(s);
	if (f && f->kind == CXLMB_F_ARRAY) {
		struct cxlmb_array a;
		uint64_t n;
		cxlmb_memcpy(&a, (const uint8_t *)in + f->st_off, sizeof(a));
		if (!f->entry || a.count > CXLMB_PAYLOAD_MAX)
			return CXLMB_E_OVERSIZE;
		n = (uint64_t)a.count * f->entry->entry_size;
		if (n > CXLMB_PAYLOAD_MAX)
			return CXLMB_E_OVERSIZE;
		*total = f->wire_off + (size_t)n + trailer_len(s);
		return CXLMB_E_OK;
	}
	if (f) {
		struct cxlmb_bytes b;
		cxlmb_memcpy(&b, (const uint8_t *)in + f->st_off, sizeof(b));
		if (b.len > CXLMB_PAYLOAD_MAX)
			return CXLMB_E_OVERSIZE;
		*total = f->wire_off + (size_t)b.len;
		return CXLMB_E_OK;
	}
	*total = s->max_len;
	return CXLMB_E_OK;
}

size_t cxlmb_schema_encoded_len(const struct cxlmb_schema *s, const void *in)
{
	size_t n = 0;

	if (!s || !in || encoded_len(s, in, &n))
		return 0;
	return n;
}

/* allow_array: as for decoding, entries hold no arrays: recursion depth one */
static int encode_fields(const struct cxlmb_schema *s, const void *in, uint8_t *buf, size_t total,
			 bool allow_array)
{
	size_t array_end = 0;

	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		size_t off = f->wire_off + ((f->flags & CXLMB_FF_AFTER) ? array_end : 0);

		/* every write is bounded by the length computed up front */
		if (off > total || (f->kind != CXLMB_F_ARRAY && f->kind != CXLMB_F_TAIL &&
				    f->wire_size > total - off))
			return CXLMB_E_INVALID_ARG;
		switch (f->kind) {
		case CXLMB_F_UINT: {
			uint64_t v = st_load(in, f), word;
			unsigned bits = f->width ? f->width : 8u * f->wire_size;
			bool inplace = f->width && (f->flags & CXLMB_FF_INPLACE);
			if (inplace ? (v & ~(width_mask(bits) << f->shift)) : (v & ~width_mask(bits)))
				return CXLMB_E_VALUE_RANGE;
			/* what the encoder writes, a strict decoder accepts */
			if (!enum_ok(f, v))
				return CXLMB_E_BAD_ENUM;
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
			const struct cxlmb_field *cf = count_field(s, f);
			struct cxlmb_array a;
			size_t n;
			bool rest = (f->flags & CXLMB_FF_REST) != 0;
			cxlmb_memcpy(&a, (const uint8_t *)in + f->st_off, sizeof(a));
			if (!allow_array || (!cf && !rest) || (a.entry && a.entry != f->entry))
				return CXLMB_E_INVALID_ARG;
			if (cf && st_load(in, cf) != a.count)
				return CXLMB_E_COUNT_MISMATCH;
			n = (size_t)a.count * f->entry->entry_size;
			if (n > total - off)
				return CXLMB_E_INVALID_ARG;
			if (n && !a.data)
				return CXLMB_E_INVALID_ARG;
			/* each entry re-encoded, not copied: reserved bits come out
			 * zero and undefined values are refused, as at the top */
			for (uint32_t k = 0; k < a.count; k++) {
				uint64_t scratch[CXLMB_ENTRY_STRUCT_MAX / 8];
				size_t esz = f->entry->entry_size, at = off + (size_t)k * esz;
				int rc;
				if (f->entry->st_size > sizeof(scratch))
					return CXLMB_E_INVALID_ARG;
				rc = decode_fields(f->entry, a.data + (size_t)k * esz, esz, 0, scratch,
						   false, 0, NULL);
				if (rc == CXLMB_E_OK)
					rc = encode_fields(f->entry, scratch, buf + at, esz, false);
				if (rc)
					return rc;
			}
			array_end = off + n;
			break;
		}
		case CXLMB_F_TAIL: {
			struct cxlmb_bytes b;
			cxlmb_memcpy(&b, (const uint8_t *)in + f->st_off, sizeof(b));
			if (f->aux > 1 && b.len % f->aux)
				return CXLMB_E_COUNT_MISMATCH;
			if (b.len > total - off)
				return CXLMB_E_INVALID_ARG;
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
	size_t total = 0;
	int rc;

	if (!s || !in || (!buf && cap))
		return CXLMB_E_INVALID_ARG;
	if ((rc = encoded_len(s, in, &total)) != 0)
		return rc;
	if (total > cap)
		return CXLMB_E_BUF_TOO_SMALL;
	if (total)
		cxlmb_memset(buf, 0, total);
	rc = encode_fields(s, in, buf, total, true);
	/* fields first, then the layout's own rules */
	if (rc == CXLMB_E_OK && s->hooks && s->hooks->check)
		rc = s->hooks->check(in, CXLMB_STRICT);
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
				v->uint(v->ctx, CXLMB_FIELD_NAME(f), st_load(val, f), f->flags);
			break;
		case CXLMB_F_SINT: {
			uint64_t x = st_load(val, f);
			unsigned sbits = 8u * f->st_size;
			if (sbits < 64 && (x >> (sbits - 1)) & 1)
				x |= ~width_mask(sbits);
			if (v->sint)
				v->sint(v->ctx, CXLMB_FIELD_NAME(f), (int64_t)x);
			break;
		}
		case CXLMB_F_BYTES:
		case CXLMB_F_ASCII:
		case CXLMB_F_UUID:
			if (v->bytes)
				v->bytes(v->ctx, CXLMB_FIELD_NAME(f), p, f->wire_size, f->kind);
			break;
		case CXLMB_F_TAIL: {
			struct cxlmb_bytes b;
			cxlmb_memcpy(&b, p, sizeof(b));
			if (v->bytes)
				v->bytes(v->ctx, CXLMB_FIELD_NAME(f), b.data, b.len, CXLMB_F_TAIL);
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
			v->array_begin(v->ctx, CXLMB_FIELD_NAME(f), a.count);
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
