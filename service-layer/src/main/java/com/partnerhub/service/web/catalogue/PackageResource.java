package com.partnerhub.service.web.catalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.catalogue.PackageDefinition;
import com.partnerhub.api.catalogue.PackageView;
import com.partnerhub.service.application.catalogue.CatalogueService;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.catalogue.MilestoneTemplate;
import com.partnerhub.service.domain.catalogue.QuestionType;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.EnumValues;

@Path("v1/packages")
@ApiRequest
@Tag(name = "Catalogue", description = "Packages with their milestone templates and requirement questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackageResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogueService catalogue;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The packages agencies can order", description = "In the caller's language (Accept-Language); admins also see retired ones.")
    public List<PackageView> list() {
        User caller = currentUser.get();
        return catalogue.list(caller).stream().map(p -> view(p, caller)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One package")
    public PackageView one(@PathParam("id") long id) {
        User caller = currentUser.get();
        return view(catalogue.get(caller, id), caller);
    }

    @POST
    @Operation(summary = "Define a package (admin)", description = "2-5 milestones, each 1-30 days, shares adding up to 100.")
    public Response define(PackageDefinition definition) {
        User caller = currentUser.get();
        ServicePackage p = catalogue.define(caller, definition(definition));
        return Response.created(URI.create(ApiPaths.PACKAGES + "/" + p.id())).entity(view(p, caller)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Redefine a package (admin)", description = "Orders already placed keep the milestones they were placed with.")
    public PackageView redefine(@PathParam("id") long id, PackageDefinition definition) {
        User caller = currentUser.get();
        return view(catalogue.redefine(caller, id, definition(definition)), caller);
    }

    private boolean german() {
        return ProblemFactory.negotiate(headers.getAcceptableLanguages()).equals(Locale.GERMAN);
    }

    private PackageView view(ServicePackage p, User caller) {
        boolean de = german();
        PackageView v = new PackageView();
        v.id = p.id();
        v.code = p.code();
        v.name = p.name(de);
        v.description = p.description(de);
        v.paymentPerMilestone = p.paymentPerMilestone();
        v.documentDeadlineDays = p.documentDeadlineDays();
        v.active = p.active();
        for (MilestoneTemplate t : p.milestones()) {
            PackageView.MilestoneTemplateView m = new PackageView.MilestoneTemplateView();
            m.position = t.position();
            m.name = t.name(de);
            m.description = t.description(de);
            m.actingParty = t.actingParty().name();
            m.plannedDays = t.plannedDays();
            m.sharePercent = t.sharePercent();
            m.includedRevisions = t.includedRevisions();
            m.steps = t.steps(de);
            v.milestones.add(m);
        }
        for (RequirementQuestion q : p.questions()) {
            PackageView.QuestionView qv = new PackageView.QuestionView();
            qv.key = q.key();
            qv.label = q.label(de);
            qv.type = q.type().name();
            qv.required = q.required();
            qv.choices = q.choices();
            v.questions.add(qv);
        }
        if (caller.has(PlatformRole.ADMIN)) {
            v.definition = definitionOf(p);
        }
        return v;
    }

    private static PackageDefinition definitionOf(ServicePackage p) {
        PackageDefinition d = new PackageDefinition();
        d.code = p.code();
        d.nameDe = p.nameDe();
        d.nameEn = p.nameEn();
        d.descriptionDe = p.descriptionDe();
        d.descriptionEn = p.descriptionEn();
        d.paymentPerMilestone = p.paymentPerMilestone();
        d.documentDeadlineDays = p.documentDeadlineDays();
        d.active = p.active();
        for (MilestoneTemplate t : p.milestones()) {
            PackageDefinition.Milestone m = new PackageDefinition.Milestone();
            m.nameDe = t.nameDe();
            m.nameEn = t.nameEn();
            m.descriptionDe = t.descriptionDe();
            m.descriptionEn = t.descriptionEn();
            m.actingParty = t.actingParty().name();
            m.plannedDays = t.plannedDays();
            m.sharePercent = t.sharePercent();
            m.includedRevisions = t.includedRevisions();
            m.stepsDe = t.stepsDe();
            m.stepsEn = t.stepsEn();
            d.milestones.add(m);
        }
        for (RequirementQuestion q : p.questions()) {
            PackageDefinition.Question qd = new PackageDefinition.Question();
            qd.key = q.key();
            qd.labelDe = q.labelDe();
            qd.labelEn = q.labelEn();
            qd.type = q.type().name();
            qd.required = q.required();
            qd.choices = q.choices();
            d.questions.add(qd);
        }
        return d;
    }

    static ServicePackage.Definition definition(PackageDefinition d) {
        if (d == null) {
            throw new ValidationException(List.of(new Violation("code", "REQUIRED")));
        }
        List<MilestoneTemplate> milestones = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < (d.milestones == null ? 0 : d.milestones.size()); i++) {
            PackageDefinition.Milestone m = d.milestones.get(i);
            ActingParty party = parse(ActingParty.class, m.actingParty, "milestones[" + i + "].actingParty", problems);
            milestones.add(new MilestoneTemplate(i + 1, m.nameDe, m.nameEn, m.descriptionDe, m.descriptionEn, party,
                    orZero(m.plannedDays), orZero(m.sharePercent), orZero(m.includedRevisions),
                    m.stepsDe == null ? List.of() : m.stepsDe, m.stepsEn == null ? List.of() : m.stepsEn));
        }
        List<RequirementQuestion> questions = new ArrayList<>();
        for (int i = 0; i < (d.questions == null ? 0 : d.questions.size()); i++) {
            PackageDefinition.Question q = d.questions.get(i);
            QuestionType type = parse(QuestionType.class, q.type, "questions[" + i + "].type", problems);
            questions.add(new RequirementQuestion(i + 1, q.key, q.labelDe, q.labelEn, type, Boolean.TRUE.equals(q.required),
                    q.choices == null ? List.of() : q.choices));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ServicePackage.Definition(d.code, d.nameDe, d.nameEn, d.descriptionDe, d.descriptionEn,
                d.paymentPerMilestone == null || d.paymentPerMilestone, d.documentDeadlineDays == null ? 14 : d.documentDeadlineDays,
                d.active == null || d.active, milestones, questions);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Violation> problems) {
        try {
            return EnumValues.parse(type, value, field);
        } catch (ValidationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
