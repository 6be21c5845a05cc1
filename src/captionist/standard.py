"""The IPTC Photo Metadata table: every property captionist knows, declared once.

Each `Prop` says how one logical property is stored in each metadata family:

* its id is the IPTC Photo Metadata JSON id (IPTC Photo Metadata Standard 2024.1 / 2025.1,
  "IPTC PMD JSON"), which is also the name used in captionist records;
* `xmp` is the XMP property (namespace prefix + local name, as in the standard);
* `iim` is the IIM Application Record dataset (2:nnn) with its byte limit, where one exists;
* `exif` is the EXIF tag that mirrors it per the IPTC/MWG mapping guidelines, where one exists.

Structures (Location, Licensor, ...) are declared in `STRUCTS` the same way, field by field.
The pydantic record model (`captionist.model`), the XMP/IIM/EXIF codecs (`captionist.codec`)
and the JSON schema are all derived from these tables; nothing else repeats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .valuetypes import GPSCoordinate, IIMAttribute, IIMCountry, IIMReference, Rational


class Kind(StrEnum):
    TEXT = "text"          # one string
    LANG_ALT = "lang-alt"  # rdf:Alt of xml:lang-tagged strings, x-default first
    LIST = "list"          # rdf:Bag or rdf:Seq of strings
    INT = "int"            # one integer
    INT_LIST = "int-list"  # rdf:Bag of integers
    NUMBER = "number"      # one real number
    DATE = "date"          # ISO 8601 date-time keeping its precision
    STRUCT = "struct"      # one structure
    STRUCTS = "structs"    # rdf:Bag or rdf:Seq of structures


# Namespaces: prefix in the standard -> (exiv2 key group, prefix exiv2 accepts inside a path).
# exiv2 registers Iptc4xmpExt as "iptcExt" and Iptc4xmpCore keys as "Xmp.iptc." but inside a
# structure path the XMP toolkit wants the prefix it has registered ("Iptc4xmpCore",
# "iptcExt"); see ../shared/reference/pyexiv2-notes.md.
NAMESPACES: dict[str, tuple[str, str]] = {
    "dc": ("dc", "dc"),
    "photoshop": ("photoshop", "photoshop"),
    "Iptc4xmpCore": ("iptc", "Iptc4xmpCore"),
    "Iptc4xmpExt": ("iptcExt", "iptcExt"),
    "plus": ("plus", "plus"),
    "xmpRights": ("xmpRights", "xmpRights"),
    "xmp": ("xmp", "xmp"),
    "exif": ("exif", "exif"),
}


@dataclass(frozen=True)
class IIM:
    """An IIM Application Record dataset (IPTC IIM 4.2, section 6)."""

    dataset: int        # 2:nnn
    name: str           # exiv2's tag name: Iptc.Application2.<name>
    max_bytes: int      # the dataset's maximum length in octets
    repeatable: bool = False
    exiftool: str = ""  # ExifTool's tag name (group IPTC) when it differs from exiv2's
    form: Any = None    # a value type (captionist.valuetypes) when IIM spells the value its own way

    @property
    def exiftool_name(self) -> str:
        return self.exiftool or self.name

    @property
    def key(self) -> str:
        return f"Iptc.Application2.{self.name}"


@dataclass(frozen=True)
class Prop:
    id: str
    kind: Kind
    xmp: str                      # "ns:Name" as in the standard
    array: str | None = None      # "Bag" or "Seq" for LIST / INT_LIST / STRUCTS
    struct: str | None = None     # structure name for STRUCT / STRUCTS
    iim: IIM | None = None
    exif: str | None = None       # exiv2 key of the EXIF mirror
    label: str = ""
    # ExifTool's XMP tag name where it is not the XMP local name capitalised
    # (ExifTool says "DigitalImageGUID" for Iptc4xmpExt:DigImageGUID).
    exiftool_xmp: str | None = None
    # ExifTool's prefix for the flattened tags of a structure ("LocationShown" + "City"),
    # declared for the structures desks exchange without `-struct`.
    exiftool_flat: str | None = None

    @property
    def xmp_key(self) -> str:
        ns, name = self.xmp.split(":")
        return f"Xmp.{NAMESPACES[ns][0]}.{name}"

    @property
    def exiftool(self) -> dict[str, str]:
        """ExifTool's tag names for this property, per family ("xmp", "iim", "exif"), with
        ExifTool's family-1 group: {"xmp": "XMP-dc:Description", "iim": "IPTC:Caption-Abstract",
        "exif": "IFD0:ImageDescription"}. Derived from the declarations above."""
        ns, name = self.xmp.split(":")
        out = {"xmp": f"XMP-{EXIFTOOL_GROUPS.get(ns, ns)}:{self.exiftool_xmp or name[0].upper() + name[1:]}"}
        if self.iim is not None:
            out["iim"] = f"IPTC:{self.iim.exiftool_name}"
        if self.exif is not None:
            _, family, tag = self.exif.split(".")
            out["exif"] = f"{'IFD0' if family == 'Image' else 'ExifIFD'}:{tag}"
        return out


@dataclass(frozen=True)
class Field:
    """One field of an XMP structure."""

    id: str
    kind: Kind
    xmp: str                      # "ns:Name"
    array: str | None = None
    struct: str | None = None
    exiftool_flat: str | None = None   # ExifTool's flattened field name when not the local name
    form: Any = None                   # a value type (captionist.valuetypes) for XMP's own spelling

    @property
    def exiftool(self) -> str:
        """ExifTool's field name inside a `-struct` structure (local name, capitalised)."""
        name = self.local_name
        return name[0].upper() + name[1:]

    @property
    def path_name(self) -> str:
        ns, name = self.xmp.split(":")
        return f"{NAMESPACES[ns][1]}:{name}"

    @property
    def local_name(self) -> str:
        return self.xmp.split(":")[1]


# ExifTool's family-1 XMP group names, where they differ from the namespace prefix
EXIFTOOL_GROUPS = {"Iptc4xmpCore": "iptcCore", "Iptc4xmpExt": "iptcExt"}

T, L, LA, S, SS, N, I = Kind.TEXT, Kind.LIST, Kind.LANG_ALT, Kind.STRUCT, Kind.STRUCTS, Kind.NUMBER, Kind.INT

# Structures: IPTC Photo Metadata Standard, section "Metadata structures".
STRUCTS: dict[str, tuple[Field, ...]] = {
    "CreatorContactInfo": (
        Field("address", T, "Iptc4xmpCore:CiAdrExtadr", exiftool_flat="Address"),
        Field("city", T, "Iptc4xmpCore:CiAdrCity", exiftool_flat="City"),
        Field("country", T, "Iptc4xmpCore:CiAdrCtry", exiftool_flat="Country"),
        Field("emailwork", T, "Iptc4xmpCore:CiEmailWork", exiftool_flat="WorkEmail"),
        Field("phonework", T, "Iptc4xmpCore:CiTelWork", exiftool_flat="WorkTelephone"),
        Field("postalCode", T, "Iptc4xmpCore:CiAdrPcode", exiftool_flat="PostalCode"),
        Field("region", T, "Iptc4xmpCore:CiAdrRegion", exiftool_flat="Region"),
        Field("weburlwork", T, "Iptc4xmpCore:CiUrlWork", exiftool_flat="WorkURL"),
    ),
    "ArtworkOrObject": (
        Field("circaDateCreated", T, "Iptc4xmpExt:AOCircaDateCreated"),
        Field("contentDescription", LA, "Iptc4xmpExt:AOContentDescription"),
        Field("contributionDescription", LA, "Iptc4xmpExt:AOContributionDescription"),
        Field("copyrightNotice", T, "Iptc4xmpExt:AOCopyrightNotice"),
        Field("creatorNames", L, "Iptc4xmpExt:AOCreator", array="Seq"),
        Field("creatorIdentifiers", L, "Iptc4xmpExt:AOCreatorId", array="Seq"),
        Field("currentCopyrightOwnerIdentifier", T, "Iptc4xmpExt:AOCurrentCopyrightOwnerId"),
        Field("currentCopyrightOwnerName", T, "Iptc4xmpExt:AOCurrentCopyrightOwnerName"),
        Field("currentLicensorIdentifier", T, "Iptc4xmpExt:AOCurrentLicensorId"),
        Field("currentLicensorName", T, "Iptc4xmpExt:AOCurrentLicensorName"),
        Field("dateCreated", Kind.DATE, "Iptc4xmpExt:AODateCreated"),
        Field("physicalDescription", LA, "Iptc4xmpExt:AOPhysicalDescription"),
        Field("source", T, "Iptc4xmpExt:AOSource"),
        Field("sourceInventoryNr", T, "Iptc4xmpExt:AOSourceInvNo"),
        Field("sourceInventoryUrl", T, "Iptc4xmpExt:AOSourceInvURL"),
        Field("stylePeriod", L, "Iptc4xmpExt:AOStylePeriod", array="Bag"),
        Field("title", LA, "Iptc4xmpExt:AOTitle"),
    ),
    "CvTerm": (
        Field("cvId", T, "Iptc4xmpExt:CvId"),
        Field("cvTermId", T, "Iptc4xmpExt:CvTermId"),
        Field("cvTermName", LA, "Iptc4xmpExt:CvTermName"),
        Field("cvTermRefinedAbout", T, "Iptc4xmpExt:CvTermRefinedAbout"),
    ),
    "EmbdEncRightsExpr": (
        Field("encRightsExpr", T, "Iptc4xmpExt:EncRightsExpr"),
        Field("rightsExprEncType", T, "Iptc4xmpExt:RightsExprEncType"),
        Field("rightsExprLangId", T, "Iptc4xmpExt:RightsExprLangId"),
    ),
    "Entity": (
        Field("identifiers", L, "xmp:Identifier", array="Bag"),
        Field("name", LA, "Iptc4xmpExt:Name"),
    ),
    "EntityWRole": (
        Field("identifiers", L, "xmp:Identifier", array="Bag"),
        Field("name", LA, "Iptc4xmpExt:Name"),
        Field("role", L, "Iptc4xmpExt:Role", array="Bag"),
    ),
    "ImageRegion": (
        Field("regionBoundary", S, "Iptc4xmpExt:RegionBoundary", struct="RegionBoundary"),
        Field("rId", T, "Iptc4xmpExt:rId"),
        Field("name", LA, "Iptc4xmpExt:Name"),
        Field("rCtype", SS, "Iptc4xmpExt:rCtype", array="Bag", struct="Entity"),
        Field("rRole", SS, "Iptc4xmpExt:rRole", array="Bag", struct="Entity"),
        # A region may carry any other IPTC property ("$anypmdproperty"); these two are the
        # ones newsrooms use (and the IPTC reference image carries).
        Field("personInImageNames", L, "Iptc4xmpExt:PersonInImage", array="Bag"),
        Field("organisationInImageNames", L, "Iptc4xmpExt:OrganisationInImageName", array="Bag"),
    ),
    "RegionBoundary": (
        Field("rbShape", T, "Iptc4xmpExt:rbShape"),
        Field("rbUnit", T, "Iptc4xmpExt:rbUnit"),
        Field("rbX", N, "Iptc4xmpExt:rbX"),
        Field("rbY", N, "Iptc4xmpExt:rbY"),
        Field("rbW", N, "Iptc4xmpExt:rbW"),
        Field("rbH", N, "Iptc4xmpExt:rbH"),
        Field("rbRx", N, "Iptc4xmpExt:rbRx"),
        Field("rbVertices", SS, "Iptc4xmpExt:rbVertices", array="Seq", struct="RegionBoundaryPoint"),
    ),
    "RegionBoundaryPoint": (
        Field("rbX", N, "Iptc4xmpExt:rbX"),
        Field("rbY", N, "Iptc4xmpExt:rbY"),
    ),
    "LinkedEncRightsExpr": (
        Field("linkedRightsExpr", T, "Iptc4xmpExt:LinkedRightsExpr"),
        Field("rightsExprEncType", T, "Iptc4xmpExt:RightsExprEncType"),
        Field("rightsExprLangId", T, "Iptc4xmpExt:RightsExprLangId"),
    ),
    "Location": (
        Field("identifiers", L, "Iptc4xmpExt:LocationId", array="Bag"),
        Field("name", LA, "Iptc4xmpExt:LocationName"),
        Field("sublocation", T, "Iptc4xmpExt:Sublocation"),
        Field("city", T, "Iptc4xmpExt:City"),
        Field("provinceState", T, "Iptc4xmpExt:ProvinceState"),
        Field("countryName", T, "Iptc4xmpExt:CountryName"),
        Field("countryCode", T, "Iptc4xmpExt:CountryCode"),
        Field("worldRegion", T, "Iptc4xmpExt:WorldRegion"),
        # exif:GPS* inside the structure use the XMP form of EXIF GPS values:
        # "DDD,MM.mmk" for coordinates, a rational for the altitude (XMP spec part 2, 1.2.6.6).
        Field("gpsAltitude", N, "exif:GPSAltitude", form=Rational()),
        Field("gpsAltitudeRef", I, "exif:GPSAltitudeRef"),
        Field("gpsLatitude", N, "exif:GPSLatitude", form=GPSCoordinate("N", "S")),
        Field("gpsLongitude", N, "exif:GPSLongitude", form=GPSCoordinate("E", "W")),
    ),
    "PersonWDetails": (
        Field("identifiers", L, "Iptc4xmpExt:PersonId", array="Bag"),
        Field("name", LA, "Iptc4xmpExt:PersonName"),
        Field("description", LA, "Iptc4xmpExt:PersonDescription"),
        Field("characteristics", SS, "Iptc4xmpExt:PersonCharacteristic", array="Bag", struct="CvTerm"),
    ),
    "ProductWGtin": (
        Field("gtin", T, "Iptc4xmpExt:ProductGTIN"),
        Field("identifiers", L, "Iptc4xmpExt:ProductId", array="Bag"),
        Field("name", LA, "Iptc4xmpExt:ProductName"),
        Field("description", LA, "Iptc4xmpExt:ProductDescription"),
    ),
    "RegistryEntry": (
        Field("registryIdentifier", T, "Iptc4xmpExt:RegOrgId"),
        Field("assetIdentifier", T, "Iptc4xmpExt:RegItemId"),
        Field("role", T, "Iptc4xmpExt:RegEntryRole"),
    ),
    "Licensor": (
        Field("licensorId", T, "plus:LicensorID"),
        Field("licensorName", T, "plus:LicensorName"),
        Field("licensorAddress", T, "plus:LicensorStreetAddress"),
        Field("licensorAddressDetail", T, "plus:LicensorExtendedAddress"),
        Field("licensorCity", T, "plus:LicensorCity"),
        Field("licensorStateProvince", T, "plus:LicensorRegion"),
        Field("licensorPostalCode", T, "plus:LicensorPostalCode"),
        Field("licensorCountryName", T, "plus:LicensorCountry"),
        Field("licensorTelephoneType1", T, "plus:LicensorTelephoneType1"),
        Field("licensorTelephone1", T, "plus:LicensorTelephone1"),
        Field("licensorTelephoneType2", T, "plus:LicensorTelephoneType2"),
        Field("licensorTelephone2", T, "plus:LicensorTelephone2"),
        Field("licensorEmail", T, "plus:LicensorEmail"),
        Field("licensorUrl", T, "plus:LicensorURL"),
    ),
    "CopyrightOwner": (
        Field("copyrightOwnerId", T, "plus:CopyrightOwnerID"),
        Field("copyrightOwnerName", T, "plus:CopyrightOwnerName"),
    ),
    "ImageCreator": (
        Field("imageCreatorId", T, "plus:ImageCreatorID"),
        Field("imageCreatorName", T, "plus:ImageCreatorName"),
    ),
    "ImageSupplier": (
        Field("imageSupplierId", T, "plus:ImageSupplierID"),
        Field("imageSupplierName", T, "plus:ImageSupplierName"),
    ),
}

# The properties. IIM datasets and byte limits: IPTC IIM 4.2 and the IPTC Photo Metadata
# Standard's IIM mapping (../shared/reference/iptc-pmd-properties.tsv). Array types per the
# standard's XMP specification (dc:creator is an ordered Seq, dc:subject an unordered Bag...).
PROPS: tuple[Prop, ...] = (
    # --- IPTC Core ---
    Prop("description", LA, "dc:description", iim=IIM(120, "Caption", 2000, exiftool="Caption-Abstract"),
         exif="Exif.Image.ImageDescription", label="Description"),
    Prop("headline", T, "photoshop:Headline", iim=IIM(105, "Headline", 256), label="Headline"),
    Prop("title", LA, "dc:title", iim=IIM(5, "ObjectName", 64), label="Title"),
    Prop("creatorNames", L, "dc:creator", array="Seq", iim=IIM(80, "Byline", 32, repeatable=True, exiftool="By-line"),
         exif="Exif.Image.Artist", label="Creator"),
    Prop("jobtitle", T, "photoshop:AuthorsPosition", iim=IIM(85, "BylineTitle", 32, exiftool="By-lineTitle"),
         label="Creator's jobtitle"),
    Prop("creatorContactInfo", S, "Iptc4xmpCore:CreatorContactInfo", struct="CreatorContactInfo", exiftool_flat="Creator",
         label="Creator's Contact Info"),
    Prop("creditLine", T, "photoshop:Credit", iim=IIM(110, "Credit", 32), label="Credit Line"),
    Prop("source", T, "photoshop:Source", iim=IIM(115, "Source", 32), label="Source"),
    Prop("copyrightNotice", LA, "dc:rights", iim=IIM(116, "Copyright", 128, exiftool="CopyrightNotice"),
         exif="Exif.Image.Copyright", label="Copyright Notice"),
    Prop("usageTerms", LA, "xmpRights:UsageTerms", label="Rights Usage Terms"),
    Prop("dateCreated", Kind.DATE, "photoshop:DateCreated", iim=IIM(55, "DateCreated", 8),
         exif="Exif.Photo.DateTimeOriginal", label="Date Created"),
    Prop("cityName", T, "photoshop:City", iim=IIM(90, "City", 32), label="City"),
    Prop("sublocationName", T, "Iptc4xmpCore:Location", iim=IIM(92, "SubLocation", 32, exiftool="Sub-location"),
         label="Sublocation"),
    Prop("provinceState", T, "photoshop:State", iim=IIM(95, "ProvinceState", 32, exiftool="Province-State"),
         label="Province or State"),
    Prop("countryName", T, "photoshop:Country", iim=IIM(101, "CountryName", 64, exiftool="Country-PrimaryLocationName"), label="Country"),
    Prop("countryCode", T, "Iptc4xmpCore:CountryCode", iim=IIM(100, "CountryCode", 3, exiftool="Country-PrimaryLocationCode",
                                                                 form=IIMCountry()),
         label="Country Code"),
    Prop("keywords", L, "dc:subject", array="Bag", iim=IIM(25, "Keywords", 64, repeatable=True),
         label="Keywords"),
    Prop("subjectCodes", L, "Iptc4xmpCore:SubjectCode", array="Bag",
         iim=IIM(12, "Subject", 236, repeatable=True, exiftool="SubjectReference", form=IIMReference("IPTC")),
         label="Subject Code"),
    Prop("sceneCodes", L, "Iptc4xmpCore:Scene", array="Bag", label="Scene Code"),
    Prop("intellectualGenre", T, "Iptc4xmpCore:IntellectualGenre", iim=IIM(4, "ObjectAttribute", 64, exiftool="ObjectAttributeReference",
                                                                                  form=IIMAttribute("000")),
         label="Intellectual Genre"),
    Prop("jobid", T, "photoshop:TransmissionReference", iim=IIM(103, "TransmissionReference", 32, exiftool="OriginalTransmissionReference"),
         label="Job Id"),
    Prop("instructions", T, "photoshop:Instructions", iim=IIM(40, "SpecialInstructions", 256),
         label="Instructions"),
    Prop("captionWriter", T, "photoshop:CaptionWriter", iim=IIM(122, "Writer", 32, exiftool="Writer-Editor"),
         label="Description Writer"),
    Prop("altTextAccessibility", LA, "Iptc4xmpCore:AltTextAccessibility", label="Alt Text (Accessibility)"),
    Prop("extDescrAccessibility", LA, "Iptc4xmpCore:ExtDescrAccessibility",
         label="Extended Description (Accessibility)"),
    # --- IPTC Extension ---
    Prop("personInImageNames", L, "Iptc4xmpExt:PersonInImage", array="Bag", label="Person Shown"),
    Prop("personsShown", SS, "Iptc4xmpExt:PersonInImageWDetails", array="Bag", struct="PersonWDetails",
         label="Person Shown with Details"),
    Prop("locationCreated", SS, "Iptc4xmpExt:LocationCreated", array="Bag", struct="Location", exiftool_flat="LocationCreated",
         label="Location Created"),
    Prop("locationsShown", SS, "Iptc4xmpExt:LocationShown", array="Bag", struct="Location", exiftool_flat="LocationShown",
         label="Location Shown"),
    Prop("eventName", LA, "Iptc4xmpExt:Event", label="Event Name"),
    Prop("eventId", L, "Iptc4xmpExt:EventId", array="Bag", label="Event Identifier", exiftool_xmp="EventID"),
    Prop("organisationInImageNames", L, "Iptc4xmpExt:OrganisationInImageName", array="Bag",
         label="Organisation Featured"),
    Prop("organisationInImageCodes", L, "Iptc4xmpExt:OrganisationInImageCode", array="Bag",
         label="Organisation Code"),
    Prop("artworkOrObjects", SS, "Iptc4xmpExt:ArtworkOrObject", array="Bag", struct="ArtworkOrObject",
         label="Artwork or Object"),
    Prop("productsShown", SS, "Iptc4xmpExt:ProductInImage", array="Bag", struct="ProductWGtin",
         label="Product Shown"),
    Prop("aboutCvTerms", SS, "Iptc4xmpExt:AboutCvTerm", array="Bag", struct="CvTerm",
         label="CV-Term About Image"),
    Prop("genres", SS, "Iptc4xmpExt:Genre", array="Bag", struct="CvTerm", label="Genre"),
    Prop("contributors", SS, "Iptc4xmpExt:Contributor", array="Bag", struct="EntityWRole",
         label="Contributor"),
    Prop("imageRegion", SS, "Iptc4xmpExt:ImageRegion", array="Bag", struct="ImageRegion",
         label="Image Region"),
    Prop("digitalImageGuid", T, "Iptc4xmpExt:DigImageGUID", label="Digital Image GUID", exiftool_xmp="DigitalImageGUID"),
    Prop("digitalSourceType", T, "Iptc4xmpExt:DigitalSourceType", label="Digital Source Type"),
    Prop("imageSupplierImageId", T, "plus:ImageSupplierImageID", label="Image Supplier Image ID"),
    Prop("suppliers", SS, "plus:ImageSupplier", array="Seq", struct="ImageSupplier", label="Image Supplier",
         exiftool_flat="ImageSupplier"),
    Prop("imageCreators", SS, "plus:ImageCreator", array="Seq", struct="ImageCreator", label="Image Creator",
         exiftool_flat="ImageCreator"),
    Prop("copyrightOwners", SS, "plus:CopyrightOwner", array="Seq", struct="CopyrightOwner",
         label="Copyright Owner", exiftool_flat="CopyrightOwner"),
    Prop("licensors", SS, "plus:Licensor", array="Seq", struct="Licensor", label="Licensor",
         exiftool_flat="Licensor"),
    Prop("webstatementRights", T, "xmpRights:WebStatement", label="Web Statement of Rights"),
    Prop("otherConstraints", LA, "plus:OtherConstraints", label="Other Constraints"),
    Prop("dataMining", T, "plus:DataMining", label="Data Mining"),
    Prop("embdEncRightsExprs", SS, "Iptc4xmpExt:EmbdEncRightsExpr", array="Bag", struct="EmbdEncRightsExpr",
         label="Embedded Encoded Rights Expression"),
    Prop("linkedEncRightsExprs", SS, "Iptc4xmpExt:LinkedEncRightsExpr", array="Bag",
         struct="LinkedEncRightsExpr", label="Linked Encoded Rights Expression"),
    Prop("registryEntries", SS, "Iptc4xmpExt:RegistryId", array="Bag", struct="RegistryEntry",
         label="Image Registry Entry", exiftool_xmp="RegistryID"),
    Prop("modelReleaseStatus", T, "plus:ModelReleaseStatus", label="Model Release Status"),
    Prop("modelReleaseDocuments", L, "plus:ModelReleaseID", array="Bag", label="Model Release Id"),
    Prop("propertyReleaseStatus", T, "plus:PropertyReleaseStatus", label="Property Release Status"),
    Prop("propertyReleaseDocuments", L, "plus:PropertyReleaseID", array="Bag", label="Property Release Id"),
    Prop("minorModelAgeDisclosure", T, "plus:MinorModelAgeDisclosure", label="Minor Model Age Disclosure"),
    Prop("modelAges", Kind.INT_LIST, "Iptc4xmpExt:ModelAge", array="Bag", label="Model Age"),
    Prop("additionalModelInfo", T, "Iptc4xmpExt:AddlModelInfo", label="Additional Model Information",
         exiftool_xmp="AdditionalModelInformation"),
    Prop("maxAvailHeight", I, "Iptc4xmpExt:MaxAvailHeight", label="Max Avail Height"),
    Prop("maxAvailWidth", I, "Iptc4xmpExt:MaxAvailWidth", label="Max Avail Width"),
    Prop("imageRating", N, "xmp:Rating", label="Image Rating"),
    # --- IPTC 2025.1: generative AI ---
    Prop("aiSystemUsed", T, "Iptc4xmpExt:AISystemUsed", label="AI System Used"),
    Prop("aiSystemVersionUsed", T, "Iptc4xmpExt:AISystemVersionUsed", label="AI System Version Used"),
    Prop("aiPromptInformation", T, "Iptc4xmpExt:AIPromptInformation", label="AI Prompt Information"),
    Prop("aiPromptWriterName", T, "Iptc4xmpExt:AIPromptWriterName", label="AI Prompt Writer Name"),
)

BY_ID: dict[str, Prop] = {p.id: p for p in PROPS}
# XMP names whose values have a spelling of their own (GPS coordinates, rationals): their type
XMP_FORMS: dict[str, Any] = {f.xmp: f.form for fields in STRUCTS.values() for f in fields if f.form is not None}

# IIM 1:90 Coded Character Set: ESC % G declares UTF-8 (ISO 2022 / IIM 4.2 section 5.5).
IIM_CHARSET_KEY = "Iptc.Envelope.CharacterSet"
IIM_UTF8 = "\x1b%G"
# The record version datasets IIM 4.2 makes mandatory (sections 5.5.1 / 6.5.1: 1:00 Model
# Version and 2:00 Record Version, both 4 for IIM 4.x), written when a file has none.
IIM_VERSION_KEYS = {"Iptc.Envelope.ModelVersion": "4", "Iptc.Application2.RecordVersion": "4"}
IIM_TIME_KEY = "Iptc.Application2.TimeCreated"      # 2:60, paired with 2:55 Date Created

# ExifTool's names for the companions of Date Created (IIM 2:60 Time Created, the EXIF zone
# of DateTimeOriginal); `Prop.exiftool` names the tags of the properties themselves.
EXIFTOOL_IIM_TIME = "IPTC:TimeCreated"
EXIFTOOL_EXIF_OFFSET = "ExifIFD:OffsetTimeOriginal"

# Closed vocabularies ExifTool prints as labels (its PrintConv), per XMP name: label in lower
# case -> the code stored in the file. PLUS codes are stored as URIs in PLUS_VOCAB, a namespace
# ExifTool drops even with -n (Image::ExifTool::PLUS).
PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"
_PHONE_TYPES = {k: k for k in ("work", "cell", "fax", "home", "pager")}
EXIFTOOL_LABELS: dict[str, dict[str, str]] = {
    "plus:ModelReleaseStatus": {"none": "MR-NON", "not applicable": "MR-NAP",
                                "unlimited model releases": "MR-UMR",
                                "limited or incomplete model releases": "MR-LMR"},
    "plus:PropertyReleaseStatus": {"none": "PR-NON", "not applicable": "PR-NAP",
                                   "unlimited property releases": "PR-UPR",
                                   "limited or incomplete property releases": "PR-LPR"},
    "plus:MinorModelAgeDisclosure": {"age unknown": "AG-UNK", "age 25 or over": "AG-A25",
                                     "age 14 or under": "AG-U14",
                                     **{f"age {n}": f"AG-A{n}" for n in range(15, 25)}},
    "plus:LicensorTelephoneType1": _PHONE_TYPES,
    "plus:LicensorTelephoneType2": _PHONE_TYPES,
    "Iptc4xmpExt:rbShape": {k: k for k in ("rectangle", "circle", "polygon")},
    "Iptc4xmpExt:rbUnit": {k: k for k in ("pixel", "relative")},
}

# The facts a desk expects on every picture; `validate` warns when one is missing.
ESSENTIALS: tuple[str, ...] = ("description", "creatorNames", "creditLine", "copyrightNotice", "dateCreated")
