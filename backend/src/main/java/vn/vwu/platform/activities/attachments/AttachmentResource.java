package vn.vwu.platform.activities.attachments;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/activities/{activityId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
class AttachmentResource {

    private final AttachmentService service;

    public AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAttachments", summary = "List an activity's photos and documents")
    @APIResponse(responseCode = "200", description = "The attachments, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Attachment.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Attachment> listAttachments(@PathParam("activityId") String activityId) {
        return service.list(Params.pathId("Activity", activityId));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addAttachment", summary = "Attach a photo or document",
            description = "multipart/form-data with one part `file`. JPEG and PNG photos (a preview is made), PDF, DOCX and XLSX, "
                    + "recognised from the bytes: a file whose content does not match its name is refused (415).")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Attachment.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response addAttachment(@PathParam("activityId") String activityId, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        UUID id = Params.pathId("Activity", activityId);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "is required: send the file as the multipart part named 'file'");
        }
        Attachment a = service.add(id, file.fileName(), file.uploadedFile());
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build()).entity(a).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, "application/problem+json"})
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file, with its content type",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response downloadAttachment(@PathParam("activityId") String activityId, @PathParam("attachmentId") String attachmentId) {
        return file(service.content(Params.pathId("Activity", activityId), Params.pathId("Attachment", attachmentId), false), "attachment");
    }

    @GET
    @Path("/{attachmentId}/thumbnail")
    @Produces({"image/jpeg", "application/problem+json"})
    @Operation(operationId = "getAttachmentThumbnail", summary = "Preview of a photo (JPEG, at most 320 px)")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getAttachmentThumbnail(@PathParam("activityId") String activityId, @PathParam("attachmentId") String attachmentId) {
        return file(service.content(Params.pathId("Activity", activityId), Params.pathId("Attachment", attachmentId), true), "inline");
    }

    @DELETE
    @Path("/{attachmentId}")
    @Operation(operationId = "deleteAttachment", summary = "Remove an attachment")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteAttachment(@PathParam("activityId") String activityId, @PathParam("attachmentId") String attachmentId) {
        service.delete(Params.pathId("Activity", activityId), Params.pathId("Attachment", attachmentId));
        return Response.noContent().build();
    }

    /** Served as stored bytes under their checked type; browsers must not guess another type from them. */
    private static Response file(AttachmentService.Content c, String disposition) {
        String ascii = c.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(c.bytes(), c.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    /** Documentation of the multipart body. */
    @Schema(name = "AttachmentUpload")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The photo or document.")
        public String file;
    }
}
