// Test fixture for augno-api-tools, written for this project in the layout of augno-go's
// generated files (facts only: names, tags, markers). Not part of augno-go.

package fixture

type Client struct {
	options []option.RequestOption
	Catalog CatalogService
	Core    CoreService
	Identity IdentityService
}

type CatalogService struct {
	options []option.RequestOption
	Units   CatalogUnitService
}

type CatalogUnitService struct {
	options []option.RequestOption
	Actions CatalogUnitActionService
}

type CatalogUnitActionService struct {
	options []option.RequestOption
}

type CoreService struct {
	options []option.RequestOption
	Jobs    CoreJobService
}

type CoreJobService struct {
	options []option.RequestOption
}

type IdentityService struct {
	options  []option.RequestOption
	Accounts IdentityAccountService
}

type IdentityAccountService struct {
	options []option.RequestOption
}

// Fixture: one unit.
//
// This endpoint requires the permission: `units:read`.
func (r *CatalogUnitService) Get(ctx context.Context, id string, query CatalogUnitGetParams, opts ...option.RequestOption) (res *Unit, err error) {
	opts = slices.Concat(r.options, opts)
	path := fmt.Sprintf("v1/catalog/units/%s", url.PathEscape(id))
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodGet, path, query, &res, opts...)
	return res, err
}

// Fixture: change a unit.
//
// This endpoint requires the permission: `units:update`.
func (r *CatalogUnitService) Update(ctx context.Context, id string, params CatalogUnitUpdateParams, opts ...option.RequestOption) (res *Unit, err error) {
	opts = slices.Concat(r.options, opts)
	path := fmt.Sprintf("v1/catalog/units/%s", url.PathEscape(id))
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodPatch, path, params, &res, opts...)
	return res, err
}

// Fixture: a page of units.
//
// This endpoint requires the permission: `units:read`.
func (r *CatalogUnitService) List(ctx context.Context, query CatalogUnitListParams, opts ...option.RequestOption) (res *ListUnit, err error) {
	opts = slices.Concat(r.options, opts)
	path := "v1/catalog/units"
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodGet, path, query, &res, opts...)
	return res, err
}

// Fixture: remove a unit.
//
// This endpoint requires the permission: `units:delete`.
func (r *CatalogUnitService) Delete(ctx context.Context, id string, opts ...option.RequestOption) (res *CatalogUnitDeleteResponse, err error) {
	opts = slices.Concat(r.options, opts)
	path := fmt.Sprintf("v1/catalog/units/%s", url.PathEscape(id))
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodDelete, path, nil, &res, opts...)
	return res, err
}

// Fixture: many units at once; answers 202 with a job to poll.
func (r *CatalogUnitActionService) BulkUpsert(ctx context.Context, body CatalogUnitActionBulkUpsertParams, opts ...option.RequestOption) (res *Job, err error) {
	opts = slices.Concat(r.options, opts)
	path := "v1/catalog/units/actions/bulk-upsert"
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodPost, path, body, &res, opts...)
	return res, err
}

// Fixture: one job.
//
// This endpoint requires the permission: `jobs:read`.
func (r *CoreJobService) Get(ctx context.Context, id string, opts ...option.RequestOption) (res *Job, err error) {
	opts = slices.Concat(r.options, opts)
	path := fmt.Sprintf("v1/core/jobs/%s", url.PathEscape(id))
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodGet, path, nil, &res, opts...)
	return res, err
}

// Fixture: the image goes as the raw request body.
//
// This endpoint requires the `admin` role type.
func (r *IdentityAccountService) UpdateFavicon(ctx context.Context, id string, opts ...option.RequestOption) (res *IdentityAccountUpdateFaviconResponse, err error) {
	opts = slices.Concat(r.options, opts)
	path := fmt.Sprintf("v1/identity/accounts/%s/favicon", url.PathEscape(id))
	err = requestconfig.ExecuteNewRequest(ctx, http.MethodPut, path, nil, &res, opts...)
	return res, err
}

// Fixture unit.
type Unit struct {
	// Fixture.
	ID string `json:"id" api:"required"`
	// Fixture.
	Name string `json:"name" api:"required"`
	// Fixture.
	//
	// Any of "mass", "volume".
	Type UnitType `json:"type" api:"required"`
	// Fixture.
	RatioNumerator string `json:"ratio_numerator" api:"required" format:"decimal"`
	// Fixture.
	Owner Owner `json:"owner" api:"required"`
	// Fixture.
	CreatedAt time.Time `json:"created_at" api:"required" format:"date-time"`
	// Fixture: null when the unit was never archived.
	ArchivedAt time.Time `json:"archived_at" api:"required" format:"date-time"`
	// JSON contains metadata for fields, check presence with [respjson.Field.Valid].
	JSON struct {
		ID          respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type UnitType string

const (
	UnitTypeMass   UnitType = "mass"
	UnitTypeVolume UnitType = "volume"
)

// Fixture owner.
type Owner struct {
	// Fixture.
	Type OwnerType `json:"type" api:"required"`
	// Fixture.
	Account Account `json:"account" api:"required"`
	JSON struct {
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type OwnerType string

const (
	OwnerTypeSystem  OwnerType = "system"
	OwnerTypeAccount OwnerType = "account"
)

// Fixture account.
type Account struct {
	// Fixture.
	ID string `json:"id" api:"required"`
	JSON struct {
		ID          respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type ListUnit struct {
	Data     []Unit   `json:"data" api:"required"`
	PageInfo PageInfo `json:"page_info" api:"required"`
	JSON struct {
		Data        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type PageInfo struct {
	HasNextPage bool `json:"has_next_page" api:"required"`
	JSON struct {
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type CatalogUnitDeleteResponse struct {
	JSON struct {
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type IdentityAccountUpdateFaviconResponse struct {
	JSON struct {
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// Fixture job.
type Job struct {
	// Fixture.
	ID string `json:"id" api:"required"`
	JSON struct {
		ID          respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

type CatalogUnitGetParams struct {
	// Fixture.
	//
	// Any of "owner", "owner.account".
	Include []string `query:"include,omitzero" json:"-"`
	paramObj
}

type CatalogUnitListParams struct {
	// Fixture.
	Limit param.Opt[int64] `query:"limit,omitzero" json:"-"`
	// Fixture.
	UnitGroupIDs []string `query:"unit_group_ids,omitzero" json:"-"`
	paramObj
}

type CatalogUnitUpdateParams struct {
	// Fixture.
	//
	// Any of "owner", "owner.account".
	Include []string `query:"include,omitzero" json:"-"`
	// Fixture.
	UpdateUnitRequest UpdateUnitRequestParam
	paramObj
}

// Fixture update body.
type UpdateUnitRequestParam struct {
	// Fixture.
	Name param.Opt[string] `json:"name,omitzero"`
	// Fixture: send null to clear it.
	ArchivedAt param.Opt[time.Time] `json:"archived_at,omitzero" format:"date-time"`
	paramObj
}

type CatalogUnitActionBulkUpsertParams struct {
	// Fixture.
	Units []UpdateUnitRequestParam `json:"units,omitzero" api:"required"`
	paramObj
}
